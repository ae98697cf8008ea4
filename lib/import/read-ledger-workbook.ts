// Reads the rows of an uploaded ledger file (.xlsx) into plain cells; the validator does the rest.
import { readSheetRows, type SheetCell, type SheetLimits } from "@/lib/import/xlsx-rows";

import { LEDGER_COLUMNS, type LedgerColumnKey, type RawCell, type RawLedgerRow } from "./ledger-columns";

export type WorkbookRead = { ok: true; rows: RawLedgerRow[] } | { ok: false; message: string };

/** The heading row is looked for among the first rows. */
const HEADING_ROWS = 5;

/** A sheet cell as the validator reads it: booleans as 是/否, Excel errors as empty. */
function plainCell(value: SheetCell | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "object" && !(value instanceof Date)) return null;
  return value;
}

const heading = (v: RawCell) => (typeof v === "string" ? v.replace(/[\s*＊]/g, "") : "");

/**
 * The first sheet's rows under the heading row (found among the first 5 rows by “企业名称”); columns
 * are matched by heading, so their order does not matter. Empty rows are skipped; every row under the
 * heading with any cell at all counts toward `maxRows`, ledger columns or not.
 */
export async function readLedgerWorkbook(
  bytes: Uint8Array,
  maxRows: number,
  limits: Partial<Omit<SheetLimits, "maxRows">> = {},
): Promise<WorkbookRead> {
  const read = await readSheetRows(bytes, { ...limits, maxRows: maxRows + HEADING_ROWS });
  const tooMany = `一次最多导入 ${maxRows} 行，请分多个文件导入`;
  if (!read.ok) return { ok: false, message: read.reason === "rows" ? tooMany : read.message };
  const header = read.rows.find(
    (r) => r.row <= HEADING_ROWS && [...r.cells.values()].some((v) => heading(plainCell(v)) === "企业名称"),
  );
  if (!header)
    return { ok: false, message: "未找到表头：第一行应为模板的列名（所属单位、企业名称……），请使用下载的模板" };
  const columnOf = new Map<LedgerColumnKey, number>();
  for (const [col, value] of [...header.cells].sort(([a], [b]) => a - b)) {
    const found = LEDGER_COLUMNS.find((c) => c.heading === heading(plainCell(value)));
    if (found && !columnOf.has(found.key)) columnOf.set(found.key, col);
  }
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.heading);
  if (missing.length) return { ok: false, message: `缺少必需的列：${missing.join("、")}` };

  const below = read.rows.filter((r) => r.row > header.row);
  if (below.length > maxRows) return { ok: false, message: tooMany };
  const rows: RawLedgerRow[] = [];
  for (const { row, cells: sheet } of below) {
    const cells: RawLedgerRow["cells"] = {};
    let empty = true;
    for (const [key, col] of columnOf) {
      const v = plainCell(sheet.get(col));
      const value = typeof v === "string" && v.trim() === "" ? null : v;
      if (value !== null) empty = false;
      cells[key] = value;
    }
    if (!empty) rows.push({ row, cells });
  }
  if (rows.length === 0) return { ok: false, message: "文件中没有数据行" };
  return { ok: true, rows };
}
