// 区县目标 read from an .xlsx in the annex layout (docs/domain.md §市级): a heading row naming the
// column of 区县（市） and the two categories (“淘汰落后产能…” and “…整治提升…”), then one row per district.
// "/" is "not applicable", never 0 (the cell rule of the district's quota import); an empty cell leaves that
// target as it is — the city's own export leaves a target not yet set (未下达) empty.
// The 合计 / 全市 row and the notes are skipped: the city's total is always computed.
import { type Grid, type GridCell, normaliseUnitName, parseQuotaCell } from "@/lib/campaigns/quota-import";
import type { TargetCell } from "@/lib/city/targets";
import type { Category } from "@/lib/generated/prisma/enums";

export type TargetRow = {
  /** 1-based row number in the sheet, as the user sees it in Excel. */
  row: number;
  districtName: string;
  districtId: number | null;
  /** undefined: the cell is empty (the target stays as it is). */
  targets: Record<Category, TargetCell>;
  errors: string[];
};

export type TargetImport = {
  /** Errors about the whole file (no heading found…); rows are empty then. */
  fileErrors: string[];
  rows: TargetRow[];
  /** Districts the file does not name: their targets stay as they are. */
  missingDistricts: string[];
};

const HEADING: Record<Category, RegExp> = { ELIMINATION: /淘汰落后产能/, RECTIFICATION: /整治提升/ };
const TOTAL_ROW = /^(全市|合计|总计|小计)/;
const NOTES = /^(备注|注[:：]|说明)/;

const cellText = (c: GridCell) => (c === null ? "" : String(c).replace(/[\s\u3000]+/g, ""));

type Layout = { firstDataRow: number; nameCol: number; cols: Record<Category, number> };

function findLayout(grid: Grid): Layout | null {
  for (let r = 0; r < Math.min(grid.length, 30); r++) {
    const texts = (grid[r] ?? []).map(cellText);
    const elim = texts.findIndex((t) => HEADING.ELIMINATION.test(t));
    const rect = texts.findIndex((t, i) => i !== elim && HEADING.RECTIFICATION.test(t) && !HEADING.ELIMINATION.test(t));
    if (elim < 0 || rect < 0) continue;
    const nameCol = texts.findIndex((t) => /区县|区（县|地区|单位/.test(t) && !HEADING.RECTIFICATION.test(t));
    if (nameCol < 0) continue;
    return { firstDataRow: r + 1, nameCol, cols: { ELIMINATION: elim, RECTIFICATION: rect } };
  }
  return null;
}

/**
 * Reads the district rows of a sheet against the city's districts (name → id): every row with its
 * errors (unknown district, a district twice, a value that is not a whole number ≥ 0). Nothing is saved here.
 */
export function parseTargetGrid(grid: Grid, districts: readonly { id: number; name: string }[]): TargetImport {
  const layout = findLayout(grid);
  if (!layout)
    return {
      fileErrors: ["未找到表头：需有“区县（市）”“淘汰落后产能”和“整治提升”三列（与本平台导出的区县目标表相同的格式）"],
      rows: [],
      missingDistricts: [],
    };
  const byName = new Map(districts.map((d) => [normaliseUnitName(d.name), d.id]));
  const seen = new Map<number, number>();
  const rows: TargetRow[] = [];
  for (let r = layout.firstDataRow; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const name = cellText(line[layout.nameCol] ?? null);
    if (NOTES.test(name)) break;
    if (line.every((c) => cellText(c) === "")) continue;
    if (TOTAL_ROW.test(name)) continue;
    const errors: string[] = [];
    const districtId = byName.get(normaliseUnitName(name)) ?? null;
    if (name === "") errors.push("未填写区县（市）名称");
    else if (districtId === null) errors.push(`区县（市）“${name}”不在本平台的区县中`);
    else if (seen.has(districtId)) errors.push(`区县（市）“${name}”与第 ${seen.get(districtId)} 行重复`);
    if (districtId !== null && !seen.has(districtId)) seen.set(districtId, r + 1);
    const targets = { ELIMINATION: undefined, RECTIFICATION: undefined } as Record<Category, TargetCell>;
    for (const [category, label] of [
      ["ELIMINATION", "淘汰落后产能"],
      ["RECTIFICATION", "整治提升"],
    ] as const) {
      const raw = line[layout.cols[category]] ?? null;
      if (cellText(raw) === "") continue;
      const parsed = parseQuotaCell(raw);
      if (parsed.ok) targets[category] = parsed.value;
      else errors.push(`${label}：${parsed.message}`);
    }
    rows.push({ row: r + 1, districtName: name, districtId, targets, errors });
  }
  return {
    fileErrors: rows.length === 0 ? ["表中没有区县（市）行"] : [],
    rows,
    missingDistricts: districts.filter((d) => !seen.has(d.id)).map((d) => d.name),
  };
}

/** Whether the import may be applied: a heading, at least one row, and no row with an error. */
export function targetImportIsClean(result: TargetImport): boolean {
  return result.fileErrors.length === 0 && result.rows.every((r) => r.errors.length === 0);
}
