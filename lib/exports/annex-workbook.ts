// 目标任务分解表（完成情况）as an Excel file, laid out like the source document's annex: title, unit
// rows, the district row (for the district export), notes.
import type ExcelJS from "exceljs";

import { CATEGORIES } from "@/lib/campaigns/annex";
import { type CampaignPhase, type CategoryFigures, type RollUp } from "@/lib/dashboard/pace";
import { formatDate, formatPercent } from "@/lib/format";

import { addA4Sheet, newWorkbook, THIN_BORDER } from "./xlsx";

export type AnnexReport = RollUp & {
  year: number;
  today: Date;
  elapsed: number;
  lagThresholdPoints: number;
  /** An ended campaign reads as final: 完成/未完成 instead of time progress and slow units. */
  phase?: CampaignPhase;
  /** Set when the export covers one unit: no district row then. */
  unitName: string | null;
};

const SUBHEADINGS = ["目标", "已登记", "已上报待验收", "已验收", "完成率"];
const LAG_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };

// Completion as a fraction to four places (shown as 0.0%).
function cells(f: CategoryFigures): (string | number)[] {
  return [
    f.target ?? "/",
    f.registered,
    f.submitted,
    f.accepted,
    f.completion === null ? "/" : Math.round(f.completion * 100) / 10_000,
  ];
}

export async function annexWorkbook(r: AnnexReport): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "目标任务分解表");
  const lastCol = 12;
  ws.columns = [{ width: 18 }, ...Array.from({ length: 10 }, () => ({ width: 10 })), { width: 44 }];

  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value =
    `${r.year}年度淘汰落后产能及“低散乱”整治提升工作目标任务分解表（完成情况）${r.unitName ? `——${r.unitName}` : ""}`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value =
    r.phase === "ENDED"
      ? `已结束：统计截至 ${formatDate(r.today)}，最终结果（达到目标为完成，否则为未完成）`
      : `统计截至 ${formatDate(r.today)}，序时进度 ${formatPercent(r.elapsed)}；完成率低于序时进度 ${r.lagThresholdPoints} 个百分点以上为进展较慢`;
  ws.getCell(2, 1).alignment = { horizontal: "center" };

  ws.mergeCells(3, 1, 4, 1);
  ws.getCell(3, 1).value = "镇（乡）、街道和园区";
  ws.mergeCells(3, 2, 3, 6);
  ws.getCell(3, 2).value = "淘汰落后产能涉及企业数（家）";
  ws.mergeCells(3, 7, 3, 11);
  ws.getCell(3, 7).value = "整治提升“低散乱”企业（作坊）数（家）";
  ws.mergeCells(3, lastCol, 4, lastCol);
  ws.getCell(3, lastCol).value = "进展情况";
  ws.getRow(4).values = ["", ...SUBHEADINGS, ...SUBHEADINGS];
  for (const n of [3, 4]) {
    ws.getRow(n).eachCell({ includeEmpty: true }, (c) => {
      c.font = { bold: true };
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
  }

  const body: ExcelJS.Row[] = [];
  for (const row of r.rows) {
    const added = ws.addRow([
      row.name,
      ...CATEGORIES.flatMap((c) => cells(row.figures[c])),
      row.lagReason ? `进展较慢：${row.lagReason}` : (row.shortfallReason ?? ""),
    ]);
    if (row.lagReason || row.shortfallReason) added.eachCell({ includeEmpty: true }, (c) => (c.fill = LAG_FILL));
    body.push(added);
  }
  if (!r.unitName) {
    const total = ws.addRow(["全区", ...CATEGORIES.flatMap((c) => cells(r.district[c])), ""]);
    total.font = { bold: true };
    body.push(total);
  }
  for (const row of body) {
    for (const col of [6, 11]) row.getCell(col).numFmt = "0.0%";
    for (let col = 2; col <= 11; col++) row.getCell(col).alignment = { horizontal: "center" };
  }
  for (let n = 3; n <= ws.rowCount; n++) {
    for (let col = 1; col <= lastCol; col++) ws.getCell(n, col).border = THIN_BORDER;
  }

  ws.addRow([]);
  for (const note of [
    "备注：",
    "1.淘汰落后产能工作需提供验收意见表、拆前拆后对比照片和设备去向证明材料；",
    "2.“低散乱”整治提升工作需提供整治提升前后对比照片；",
    "3.“/”表示该单位无此项任务；全区合计由各单位数据自动汇总；完成率 = 已验收 ÷ 目标。",
  ]) {
    const row = ws.addRow([note]);
    ws.mergeCells(row.number, 1, row.number, lastCol);
  }
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
