// Quotas (目标任务分解表) read from an .xlsx laid out like the annex: a heading row naming the two
// categories (“淘汰落后产能…” and “…整治提升…”), optionally a row of sub-headings under them (the portal's
// own export has 目标 / 已登记 / …), then one row per unit. "/" or an empty cell is "not applicable",
// never 0. The 全区 / 合计 row and the notes are skipped (the district is always computed).
import type { QuotaCell } from "@/lib/campaigns/annex";
import type { Category } from "@/lib/generated/prisma/enums";

/** A cell as read: text, a number, or nothing. */
export type GridCell = string | number | null;
export type Grid = GridCell[][];

export type QuotaRow = {
  /** 1-based row number in the sheet, as the user sees it in Excel. */
  row: number;
  unitName: string;
  unitId: number | null;
  targets: Record<Category, QuotaCell>;
  errors: string[];
};

export type QuotaImport = {
  /** Errors about the whole file (no heading found…); rows are empty then. */
  fileErrors: string[];
  rows: QuotaRow[];
  /** Units of the portal the file does not name: their quotas stay as they are. */
  missingUnits: string[];
};

const HEADING: Record<Category, RegExp> = { ELIMINATION: /淘汰落后产能/, RECTIFICATION: /整治提升/ };
const TOTAL_ROW = /^(全区|合计|总计|小计)/;
const NOTES = /^(备注|注[:：])/;

/** Text of a cell for matching: trimmed, full-width spaces removed. */
function cellText(c: GridCell): string {
  return c === null ? "" : String(c).replace(/[\s\u3000]+/g, "");
}

/** A unit name as typed by hand: surrounding spaces and full-width spaces ignored. */
export const normaliseUnitName = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** One quota cell: "/" or empty → not applicable; otherwise a whole number ≥ 0, else an error message. */
export function parseQuotaCell(c: GridCell): { ok: true; value: QuotaCell } | { ok: false; message: string } {
  if (c === null) return { ok: true, value: null };
  if (typeof c === "number") {
    if (!Number.isFinite(c) || !Number.isInteger(c)) return { ok: false, message: `“${c}”不是整数` };
    if (c < 0) return { ok: false, message: `“${c}”为负数` };
    return { ok: true, value: c };
  }
  const t = c.trim().replace(/\u3000/g, "");
  if (t === "" || t === "/" || t === "／") return { ok: true, value: null };
  if (/^-\d+(\.\d+)?$/.test(t)) return { ok: false, message: `“${t}”为负数` };
  if (!/^\d+$/.test(t)) return { ok: false, message: `“${t}”不是整数` };
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n > 1_000_000) return { ok: false, message: `“${t}”过大` };
  return { ok: true, value: n };
}

type Layout = { headerRow: number; firstDataRow: number; unitCol: number; cols: Record<Category, number> };

/** Finds the heading row and the quota column of each category (the 目标 sub-heading when there is one). */
function findLayout(grid: Grid): Layout | null {
  for (let r = 0; r < Math.min(grid.length, 30); r++) {
    const texts = (grid[r] ?? []).map(cellText);
    const first = (re: RegExp) => texts.findIndex((t) => re.test(t));
    const elim = first(HEADING.ELIMINATION);
    const rect = texts.findIndex((t, i) => HEADING.RECTIFICATION.test(t) && !HEADING.ELIMINATION.test(t) && i !== elim);
    if (elim < 0 || rect < 0) continue;
    const unitCol = Math.max(
      0,
      texts.findIndex(
        (t) => /镇|街道|园区|单位/.test(t) && !HEADING.ELIMINATION.test(t) && !HEADING.RECTIFICATION.test(t),
      ),
    );
    const sub = (grid[r + 1] ?? []).map(cellText);
    // A merged heading repeats over its columns: the sub-heading “目标” at or after the heading's first column.
    const target = (from: number) => {
      for (let i = from; i < sub.length && i < from + 8; i++) if (/^(目标|目标任务|任务数)/.test(sub[i])) return i;
      return -1;
    };
    const [te, tr] = [target(elim), target(rect)];
    if (te >= 0 && tr >= 0)
      return { headerRow: r, firstDataRow: r + 2, unitCol, cols: { ELIMINATION: te, RECTIFICATION: tr } };
    return { headerRow: r, firstDataRow: r + 1, unitCol, cols: { ELIMINATION: elim, RECTIFICATION: rect } };
  }
  return null;
}

/**
 * Reads the quota rows of a sheet against the portal's units (name → id): every row with its errors
 * (unknown unit, a unit twice, a value that is not a whole number ≥ 0). Nothing is saved here.
 */
export function parseQuotaGrid(grid: Grid, units: readonly { id: number; name: string }[]): QuotaImport {
  const layout = findLayout(grid);
  if (!layout) {
    return {
      fileErrors: ["未找到表头：需有“淘汰落后产能”和“整治提升”两列（与目标任务分解表相同的格式）"],
      rows: [],
      missingUnits: [],
    };
  }
  const byName = new Map(units.map((u) => [normaliseUnitName(u.name), u.id]));
  const seen = new Map<number, number>();
  const rows: QuotaRow[] = [];
  for (let r = layout.firstDataRow; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const name = cellText(line[layout.unitCol] ?? null);
    if (NOTES.test(name)) break;
    if (name === "" && line.every((c) => cellText(c) === "")) continue;
    if (TOTAL_ROW.test(name)) continue;
    const errors: string[] = [];
    const unitId = byName.get(normaliseUnitName(name)) ?? null;
    if (name === "") errors.push("未填写单位名称");
    else if (unitId === null) errors.push(`单位“${name}”不在本平台的单位中`);
    else if (seen.has(unitId)) errors.push(`单位“${name}”与第 ${seen.get(unitId)} 行重复`);
    if (unitId !== null && !seen.has(unitId)) seen.set(unitId, r + 1);
    const targets = { ELIMINATION: null, RECTIFICATION: null } as Record<Category, QuotaCell>;
    for (const [category, label] of [
      ["ELIMINATION", "淘汰落后产能"],
      ["RECTIFICATION", "整治提升"],
    ] as const) {
      const parsed = parseQuotaCell(line[layout.cols[category]] ?? null);
      if (parsed.ok) targets[category] = parsed.value;
      else errors.push(`${label}：${parsed.message}`);
    }
    rows.push({ row: r + 1, unitName: name, unitId, targets, errors });
  }
  const fileErrors = rows.length === 0 ? ["表中没有单位行"] : [];
  const missingUnits = units.filter((u) => !seen.has(u.id)).map((u) => u.name);
  return { fileErrors, rows, missingUnits };
}

/** Whether the import may be applied: a heading, at least one row, and no row with an error. */
export function importIsClean(result: QuotaImport): boolean {
  return result.fileErrors.length === 0 && result.rows.every((r) => r.errors.length === 0);
}
