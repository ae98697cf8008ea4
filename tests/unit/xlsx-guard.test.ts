import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readLedgerWorkbook } from "@/lib/import/read-ledger-workbook";
import { declaredUnpackedSize, xlsxWithinLimits, XLSX_MAX_UNPACKED_BYTES } from "@/lib/xlsx-guard";

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRow(["所属单位", "企业名称"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A zip whose one entry inflates from a few KB to `bytes` zeros. */
async function bomb(bytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", new Uint8Array(bytes));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("the .xlsx unpacked-size guard", () => {
  it("reads the declared size of a real workbook and lets it through", async () => {
    const bytes = await workbook();
    const size = declaredUnpackedSize(bytes);
    expect(size).toBeGreaterThan(bytes.length);
    expect(xlsxWithinLimits(bytes)).toBe(true);
  });

  it("refuses a small file that unpacks beyond the limit", async () => {
    const bytes = await bomb(2 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(20 * 1024);
    expect(declaredUnpackedSize(bytes)).toBe(2 * 1024 * 1024);
    expect(xlsxWithinLimits(bytes, 1024 * 1024)).toBe(false);
    expect(xlsxWithinLimits(bytes, 4 * 1024 * 1024)).toBe(true);
  });

  it("refuses what is not a zip, or a truncated one", async () => {
    expect(declaredUnpackedSize(new TextEncoder().encode("企业名称,所属单位\n"))).toBeNull();
    const bytes = await workbook();
    expect(xlsxWithinLimits(bytes.subarray(0, bytes.length - 30))).toBe(false);
  });

  it("makes the ledger import refuse a zip bomb with a message, before parsing it", async () => {
    const read = await readLedgerWorkbook(Buffer.from(await bomb(XLSX_MAX_UNPACKED_BYTES + 1)), 100);
    expect(read).toEqual({ ok: false, message: expect.stringContaining("解压后过大") });
  });
});
