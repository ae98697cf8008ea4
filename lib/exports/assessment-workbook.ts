// 评价考核.xlsx: one row per unit or department — rank, name, total, then each indicator's points
// (with the adjustment and the rule's reason in a second sheet). Same rule as the page: "—" for an
// indicator that does not apply, and no rank or total for a unit or department 不参与排名.
import { SCHEME_TOTAL } from "@/lib/assessment/scheme";
import { applicableMax, NOT_RANKED, type ScoreRow } from "@/lib/assessment/score";

import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export async function assessmentWorkbook(
  title: string,
  indicators: { label: string; maxPoints: number }[],
  rows: ScoreRow[],
): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "得分排名");
  ws.columns = [8, 24, 10, ...indicators.map(() => 14), 30].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, [
    "排名",
    "名称",
    "总分",
    ...indicators.map((i) => `${i.label}（${i.maxPoints}分）`),
    "说明",
  ]);
  for (const r of rows) {
    const max = applicableMax(r.breakdown);
    const note = r.total === null ? NOT_RANKED : max < SCHEME_TOTAL ? `按适用指标的 ${max} 分折算为百分制` : "";
    ws.addRow([
      r.rank ?? "—",
      r.name,
      r.total ?? "—",
      ...indicators.map((_, k) => (r.breakdown[k] ? (r.breakdown[k].points ?? "—") : null)),
      note,
    ]);
  }
  borderTable(ws);

  const detail = addA4Sheet(wb, "得分明细");
  detail.columns = [24, 20, 10, 10, 10, 10, 40, 30].map((width) => ({ width }));
  addTitleAndHeadings(detail, `${title}（明细）`, [
    "名称",
    "指标",
    "满分",
    "计算得分",
    "调整",
    "得分",
    "计算依据",
    "调整理由",
  ]);
  for (const r of rows) {
    for (const c of r.breakdown)
      detail.addRow([
        r.name,
        c.label,
        c.maxPoints,
        c.computed ?? "不适用",
        c.adjustment,
        c.points ?? "不适用",
        c.detail,
        c.reason ?? "",
      ]);
  }
  borderTable(detail);
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
