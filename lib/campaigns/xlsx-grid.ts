// Reading an uploaded .xlsx into plain cells for the pure parsers (kept apart so pages that only parse
// typed values do not ship exceljs to the browser).
import ExcelJS from "exceljs";
import type { Grid, GridCell } from "@/lib/campaigns/quota-import";
import { xlsxWithinLimits } from "@/lib/xlsx-guard";

/** The first worksheet of an .xlsx as a grid of plain values (formulas as their result, rich text as text); throws on a file that is not one or unpacks too large. */
export async function readXlsxGrid(bytes: ArrayBuffer | Uint8Array): Promise<Grid> {
  if (!xlsxWithinLimits(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))) throw new Error("not a workbook within limits");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const grid: Grid = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) cells.push(plainValue(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

function plainValue(v: ExcelJS.CellValue): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("result" in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ("text" in v) return String(v.text);
  if ("error" in v) return String(v.error);
  return null;
}
