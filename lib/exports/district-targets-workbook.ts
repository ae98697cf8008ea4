// 区县目标表 as an Excel file in the annex layout (docs/domain.md §市级): title, one row per 区县（市）, the
// two categories' targets, the city's 合计 row (computed), the split status and notes. The city office's
// import (lib/city/target-import.ts) reads this very file back.
import { CATEGORIES, formatQuota, type QuotaCell, sumQuota } from "@/lib/campaigns/annex";
import { districtSplitLabel, type DistrictSplitStatus, type TargetCell } from "@/lib/city/targets";
import type { Category } from "@/lib/generated/prisma/enums";

import { addA4Sheet, newWorkbook, THIN_BORDER } from "./xlsx";

export type DistrictTargetsSheet = {
  year: number;
  rows: {
    name: string;
    isSample: boolean;
    targets: Record<Category, TargetCell>;
    status: DistrictSplitStatus;
    /** What the district's units lack per category (未分解), for the 分解情况 column. */
    gaps: Record<Category, number>;
  }[];
};

export const TARGET_HEADINGS = {
  name: "区县（市）",
  ELIMINATION: "淘汰落后产能涉及企业数（家）",
  RECTIFICATION: "整治提升“低散乱”企业（作坊）数（家）",
  status: "分解情况",
} as const;

const cell = (t: TargetCell): string | number => (t === undefined ? "" : t === null ? "/" : t);

function statusText(r: DistrictTargetsSheet["rows"][number]): string {
  const gaps = CATEGORIES.filter((c) => r.gaps[c] > 0).map(
    (c) => `${c === "ELIMINATION" ? "淘汰" : "整治提升"}差 ${r.gaps[c]}`,
  );
  return [districtSplitLabel[r.status], gaps.join("，"), r.isSample ? "示例数据" : ""].filter(Boolean).join("；");
}

export async function districtTargetsWorkbook(s: DistrictTargetsSheet): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "区县目标");
  ws.columns = [{ width: 16 }, { width: 22 }, { width: 26 }, { width: 30 }];
  ws.mergeCells(1, 1, 1, 4);
  ws.getCell(1, 1).value = `${s.year}年度各区县（市）淘汰落后产能及“低散乱”整治提升目标`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  const head = ws.addRow([
    TARGET_HEADINGS.name,
    TARGET_HEADINGS.ELIMINATION,
    TARGET_HEADINGS.RECTIFICATION,
    TARGET_HEADINGS.status,
  ]);
  head.font = { bold: true };
  head.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (const r of s.rows)
    ws.addRow([r.name, cell(r.targets.ELIMINATION), cell(r.targets.RECTIFICATION), statusText(r)]);
  const total = (c: Category): QuotaCell =>
    sumQuota(s.rows.map((r) => r.targets[c]).filter((t): t is number | null => t !== undefined));
  const sum = ws.addRow(["合计", formatQuota(total("ELIMINATION")), formatQuota(total("RECTIFICATION")), ""]);
  sum.font = { bold: true };
  for (let n = 2; n <= ws.rowCount; n++) {
    for (let col = 1; col <= 4; col++) ws.getCell(n, col).border = THIN_BORDER;
    for (const col of [2, 3]) ws.getCell(n, col).alignment = { horizontal: "center" };
  }
  ws.addRow([]);
  for (const note of [
    "备注：",
    "1.“/”表示该区县（市）无此项任务，空白表示尚未下达；合计由各区县（市）目标自动汇总；",
    "2.分解情况：各区县（市）本年度目标任务分解表中各单位目标之和与市下达目标比较；",
    "3.导入时按本表格式读取“区县（市）”和两类目标两栏，合计行和备注不读取。",
  ]) {
    const row = ws.addRow([note]);
    ws.mergeCells(row.number, 1, row.number, 4);
  }
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
