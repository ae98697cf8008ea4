// Reads the rows of an uploaded ledger file (.xlsx) into plain cells; the validator does the rest.
import ExcelJS from "exceljs";
import { xlsxWithinLimits } from "@/lib/xlsx-guard";
import { LEDGER_COLUMNS, type LedgerColumnKey, type RawCell, type RawLedgerRow } from "./ledger-columns";

export type WorkbookRead = { ok: true; rows: RawLedgerRow[] } | { ok: false; message: string };

/** Plain value of an exceljs cell: rich text and hyperlinks as their text, formulas as their result. */
function plainCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : plainCell(result as ExcelJS.CellValue);
    }
    if ("text" in value) return plainCell((value as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

const heading = (v: RawCell) => (typeof v === "string" ? v.replace(/[\s*＊]/g, "") : "");

/**
 * The first sheet's rows under the heading row (found among the first 5 rows by “企业名称”); columns
 * are matched by heading, so their order does not matter. Empty rows are skipped.
 */
export async function readLedgerWorkbook(bytes: Buffer, maxRows: number): Promise<WorkbookRead> {
  const wb = new ExcelJS.Workbook();
  if (!xlsxWithinLimits(bytes)) return { ok: false, message: "文件无法读取或解压后过大，请用 Excel 或 WPS 另存为 .xlsx 后重试" };
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: "文件无法读取，请用 Excel 或 WPS 另存为 .xlsx 后重试" };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, message: "文件中没有工作表" };
  let headerRow = 0;
  for (let r = 1; r <= Math.min(5, ws.rowCount); r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    if (values.some((v) => heading(plainCell(v)) === "企业名称")) {
      headerRow = r;
      break;
    }
  }
  if (!headerRow) return { ok: false, message: "未找到表头：第一行应为模板的列名（所属单位、企业名称……），请使用下载的模板" };
  const columnOf = new Map<LedgerColumnKey, number>();
  ws.getRow(headerRow).eachCell((cell, col) => {
    const found = LEDGER_COLUMNS.find((c) => c.heading === heading(plainCell(cell.value)));
    if (found && !columnOf.has(found.key)) columnOf.set(found.key, col);
  });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.heading);
  if (missing.length) return { ok: false, message: `缺少必需的列：${missing.join("、")}` };

  const rows: RawLedgerRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: RawLedgerRow["cells"] = {};
    let empty = true;
    for (const [key, col] of columnOf) {
      const v = plainCell(row.getCell(col).value);
      const value = typeof v === "string" && v.trim() === "" ? null : v;
      if (value !== null) empty = false;
      cells[key] = value;
    }
    if (empty) continue;
    if (rows.length >= maxRows) return { ok: false, message: `一次最多导入 ${maxRows} 行，请分多个文件导入` };
    rows.push({ row: r, cells });
  }
  if (rows.length === 0) return { ok: false, message: "文件中没有数据行" };
  return { ok: true, rows };
}
