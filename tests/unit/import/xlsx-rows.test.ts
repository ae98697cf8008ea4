// The guarded .xlsx reader: a worker that counts what it really inflates, stops at the row cap, and
// is itself stopped when it takes too long or too much memory.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { readLedgerWorkbook } from "@/lib/import/read-ledger-workbook";
import { readSheetRows, XLSX_MAX_INFLATED_BYTES } from "@/lib/import/xlsx-rows";

import { columnZSheet, handZip, zipBomb } from "../../helpers/hostile-xlsx";

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet("第二张").addRow(["不读"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the guarded .xlsx reader", () => {
  it("reads the first sheet's rows that have any cell, with their row numbers, columns and plain values", async () => {
    const bytes = await workbook([
      ["所属单位", "企业名称"],
      [],
      [
        null,
        { richText: [{ text: "甲" }, { text: "厂" }] },
        { formula: "1+2", result: 3 },
        new Date(Date.UTC(2020, 9, 31)),
        true,
      ],
    ]);
    const read = await readSheetRows(bytes, { maxRows: 10 });
    if (!read.ok) throw new Error(read.message);
    expect(read.rows.map((r) => [r.row, [...r.cells]])).toEqual([
      [
        1,
        [
          [1, "所属单位"],
          [2, "企业名称"],
        ],
      ],
      [
        3,
        [
          [2, "甲厂"],
          [3, 3],
          [4, new Date(Date.UTC(2020, 9, 31))],
          [5, true],
        ],
      ],
    ]);
  });

  it("decodes OOXML's _xHHHH_ escapes as Excel does: a NUL comes through as the NUL it is", async () => {
    const read = await readSheetRows(await workbook([["甲_x0000_厂", "_x005F_x0041_"]]), { maxRows: 10 });
    expect(read.ok && [...read.rows[0].cells.values()]).toEqual(["甲\u0000厂", "_x0041_"]);
  });

  it("counts the bytes it inflates: a 160 KB file whose sheet declares 17 KB but inflates to 150 MB is refused at the cap", async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    const read = await readSheetRows(bomb, { maxRows: 10 });
    expect(read).toEqual({
      ok: false,
      reason: "inflated",
      message: expect.stringContaining(`文件解压后超过 ${XLSX_MAX_INFLATED_BYTES / 1024 / 1024} MB`),
    });
  });

  it("refuses what is not a zip, a truncated one, and entries it cannot or must not inflate", async () => {
    const bytes = await workbook([["企业名称"]]);
    for (const bad of [
      new TextEncoder().encode("企业名称,所属单位\n"),
      bytes.subarray(0, bytes.length - 30),
      handZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), method: 12 }]),
      handZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), flags: 1 }]),
    ]) {
      expect(await readSheetRows(bad, { maxRows: 10 })).toMatchObject({ ok: false, reason: "unreadable" });
    }
  });

  it("stops at the row cap: every row with any cell counts, whatever its column", async () => {
    const read = await readSheetRows(await columnZSheet(20_000), { maxRows: 1000 });
    expect(read).toMatchObject({ ok: false, reason: "rows" });
    const ledger = await readLedgerWorkbook(await columnZSheet(101), 100);
    expect(ledger).toEqual({ ok: false, message: "一次最多导入 100 行，请分多个文件导入" });
  });

  it("stops the worker at its time limit, with a refusal saying so", async () => {
    const read = await readSheetRows(await columnZSheet(20_000), { maxRows: 100_000, seconds: 0.05 });
    expect(read).toEqual({
      ok: false,
      reason: "timeout",
      message: "文件读取超过 0.05 秒仍未完成，已停止；请删除无关的工作表和内容，或拆分为多个文件后重试",
    });
  });

  it("stops the worker at its memory limit, with a refusal saying so", async () => {
    const read = await readSheetRows(await columnZSheet(200_000), { maxRows: 1_000_000, memoryMb: 8 });
    expect(read).toEqual({
      ok: false,
      reason: "memory",
      message: "文件内容过多，读取时超出内存限制，已停止；请拆分为多个文件后重试",
    });
  });
});
