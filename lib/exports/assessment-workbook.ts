// 评价考核.xlsx: one row per unit or department — rank, name, total, then each indicator's points
// (with the adjustment and the rule's reason in a second sheet).
import type { ScoreRow } from "@/lib/assessment/score";
import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export async function assessmentWorkbook(title: string, indicators: { label: string; maxPoints: number }[], rows: ScoreRow[]): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "得分排名");
  ws.columns = [8, 24, 10, ...indicators.map(() => 14)].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, ["排名", "名称", "总分", ...indicators.map((i) => `${i.label}（${i.maxPoints}分）`)]);
  for (const r of rows) ws.addRow([r.rank, r.name, r.total, ...indicators.map((_, k) => r.breakdown[k]?.points ?? null)]);
  borderTable(ws);

  const detail = addA4Sheet(wb, "得分明细");
  detail.columns = [24, 20, 10, 10, 10, 10, 40, 30].map((width) => ({ width }));
  addTitleAndHeadings(detail, `${title}（明细）`, ["名称", "指标", "满分", "计算得分", "调整", "得分", "计算依据", "调整理由"]);
  for (const r of rows) {
    for (const c of r.breakdown) detail.addRow([r.name, c.label, c.maxPoints, c.computed, c.adjustment, c.points, c.detail, c.reason ?? ""]);
  }
  borderTable(detail);
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
