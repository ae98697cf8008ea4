// Reading an uploaded .xlsx into plain cells for the pure parsers (kept apart so pages that only parse
// typed values do not ship the reader to the browser).
import type { Grid, GridCell } from "@/lib/campaigns/quota-import";
import { readSheetRows, type SheetCell, type SheetLimits } from "@/lib/import/xlsx-rows";

/** A quota sheet has a row per unit; far fewer rows and columns than these. */
const MAX_ROWS = 1000;
const MAX_COLUMNS = 100;

export type GridRead = { ok: true; grid: Grid } | { ok: false; message: string };

/** The first worksheet of an .xlsx as a grid of plain values (formulas as their result, rich text as text), read by the guarded reader. */
export async function readXlsxGrid(
  bytes: ArrayBuffer | Uint8Array,
  limits: Partial<Omit<SheetLimits, "maxRows">> = {},
): Promise<GridRead> {
  const read = await readSheetRows(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
    ...limits,
    maxRows: MAX_ROWS,
  });
  if (!read.ok) {
    const message =
      read.reason === "rows"
        ? `目标任务分解表最多 ${MAX_ROWS} 行，请删除无关的内容后重试`
        : read.reason === "unreadable"
          ? "文件无法读取，请上传 Excel 工作簿（.xlsx）"
          : read.message;
    return { ok: false, message };
  }
  let width = 0;
  for (const r of read.rows) for (const col of r.cells.keys()) width = Math.max(width, Math.min(col, MAX_COLUMNS));
  const last = read.rows.at(-1)?.row ?? 0;
  const grid: Grid = Array.from({ length: last }, () => Array<GridCell>(width).fill(null));
  for (const { row, cells } of read.rows) {
    for (const [col, value] of cells) if (col <= width) grid[row - 1][col - 1] = plainValue(value);
  }
  return { ok: true, grid };
}

function plainValue(v: SheetCell): GridCell {
  if (v === null) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  return v.error;
}
