// Shared pieces of the Excel exports: the workbook defaults and the download response.
import ExcelJS from "exceljs";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "整治提升工作平台";
  wb.created = new Date();
  return wb;
}

/** A sheet laid out for A4 landscape, scaled to the page width. */
export function addA4Sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

/** Row 1: the title across every column; row 2: bold headings. Both stay in view when scrolling. */
export function addTitleAndHeadings(ws: ExcelJS.Worksheet, title: string, headings: string[]): ExcelJS.Row {
  ws.mergeCells(1, 1, 1, headings.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  const head = ws.addRow(headings);
  head.font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 2 }];
  return head;
}

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Thin borders and wrapped text on every cell from the headings down (row 2 on). */
export function borderTable(ws: ExcelJS.Worksheet, vertical: "top" | "middle" = "middle") {
  for (let n = 2; n <= ws.rowCount; n++) {
    ws.getRow(n).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDER;
      cell.alignment = { vertical, wrapText: true };
    });
  }
}

/** The file as a download; the Chinese name goes in `filename*` with an ASCII fallback. */
export function xlsxResponse(body: ArrayBuffer, filename: string, asciiFallback: string): Response {
  return attachmentResponse(body, XLSX_MIME, filename, asciiFallback);
}

/** A generated file as a download of type `mime` (also the .docx documents, lib/documents/response.ts). */
export function attachmentResponse(
  body: ArrayBuffer | Uint8Array<ArrayBuffer>,
  mime: string,
  filename: string,
  asciiFallback: string,
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": mime,
      "Content-Disposition": `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** `?unit=` as a unit id: undefined when absent, -1 (matches no unit) when malformed. */
export function unitParam(request: Request): number | undefined {
  const raw = new URL(request.url).searchParams.get("unit");
  if (raw === null || raw === "") return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
}
