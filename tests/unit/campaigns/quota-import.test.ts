import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { type Grid, importIsClean, parseQuotaCell, parseQuotaGrid } from "@/lib/campaigns/quota-import";
import { readXlsxGrid as readGrid } from "@/lib/campaigns/xlsx-grid";
import { rollUp, type UnitInput } from "@/lib/dashboard/pace";
import { annexWorkbook } from "@/lib/exports/annex-workbook";
import { UNITS } from "@/prisma/seed-data";

const readXlsxGrid = async (bytes: ArrayBuffer | Uint8Array) => {
  const read = await readGrid(bytes);
  if (!read.ok) throw new Error(read.message);
  return read.grid;
};
const units = UNITS.map(([name], i) => ({ id: i + 1, name }));
const seedTargets = new Map(UNITS.map(([name, , , e, r]) => [name, { ELIMINATION: e, RECTIFICATION: r }]));

/** The portal's own 分解表完成情况 export, built by the real builder, with some progress so the other columns are not empty. */
async function ownExport(
  quotas: Map<string, { ELIMINATION: number | null; RECTIFICATION: number | null }>,
  unitName: string | null = null,
) {
  const input: UnitInput[] = units
    .filter((u) => unitName === null || u.name === unitName)
    .map((u) => ({ unitId: u.id, name: u.name, quotas: quotas.get(u.name)! }));
  const counts = (unitId: number) => ({
    REGISTERED: unitId % 3,
    IN_PROGRESS: 1,
    SUBMITTED: 0,
    RETURNED: 0,
    ACCEPTED: unitId % 2,
  });
  const report = rollUp(input, counts, 40, 20);
  return annexWorkbook({
    ...report,
    year: 2020,
    today: new Date("2020-06-01T00:00:00Z"),
    elapsed: 40,
    lagThresholdPoints: 20,
    unitName,
  });
}

describe("the quota import reads the portal's own annex export back unchanged", () => {
  it("every unit's two targets, '/' as not applicable, the 全区 row and the notes skipped", async () => {
    const grid = await readXlsxGrid(await ownExport(seedTargets));
    const result = parseQuotaGrid(grid, units);
    expect(result.fileErrors).toEqual([]);
    expect(importIsClean(result)).toBe(true);
    expect(result.missingUnits).toEqual([]);
    expect(result.rows).toHaveLength(18);
    for (const r of result.rows) expect(r.targets, r.unitName).toEqual(seedTargets.get(r.unitName));
    expect(result.rows.find((r) => r.unitName === "月湖街道")!.targets).toEqual({
      ELIMINATION: null,
      RECTIFICATION: null,
    });
    expect(result.rows.find((r) => r.unitName === "望春工业园区")!.targets).toEqual({
      ELIMINATION: 2,
      RECTIFICATION: null,
    });
  });

  it("keeps 0 as 0 (a quota of nought), distinct from '/'", async () => {
    const changed = new Map(seedTargets);
    changed.set("月湖街道", { ELIMINATION: 0, RECTIFICATION: null });
    const result = parseQuotaGrid(await readXlsxGrid(await ownExport(changed)), units);
    expect(result.rows.find((r) => r.unitName === "月湖街道")!.targets).toEqual({
      ELIMINATION: 0,
      RECTIFICATION: null,
    });
  });

  it("a one-unit export names only that unit; the others are reported as missing (left unchanged)", async () => {
    const result = parseQuotaGrid(await readXlsxGrid(await ownExport(seedTargets, "古林镇")), units);
    expect(result.rows.map((r) => [r.unitName, r.targets])).toEqual([
      ["古林镇", { ELIMINATION: 3, RECTIFICATION: 28 }],
    ]);
    expect(result.missingUnits).toHaveLength(17);
    expect(importIsClean(result)).toBe(true);
  });
});

// A sheet laid out like the source document's annex: 序号, unit, the two quota columns.
const annex = (rows: (string | number | null)[][]): Grid => [
  ["海曙区2020年淘汰落后产能及“低散乱”整治提升工作目标任务分解表", null, null, null],
  ["序号", "镇（乡）、街道和园区", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"],
  ...rows,
];

describe("errors per row, nothing guessed", () => {
  it("an unknown unit, a fraction, a negative number and text are each reported on their own row", () => {
    const result = parseQuotaGrid(
      annex([
        [1, "集士港镇", 3, 28],
        [2, "火星街道", 1, 1],
        [3, "古林镇", 2.5, 28],
        [4, "高桥镇", -1, "十"],
      ]),
      units,
    );
    expect(importIsClean(result)).toBe(false);
    expect(result.rows.map((r) => [r.row, r.errors])).toEqual([
      [3, []],
      [4, ["单位“火星街道”不在本平台的单位中"]],
      [5, ["淘汰落后产能：“2.5”不是整数"]],
      [6, ["淘汰落后产能：“-1”为负数", "整治提升：“十”不是整数"]],
    ]);
  });

  it("a unit named twice is an error on the second row", () => {
    const result = parseQuotaGrid(
      annex([
        [1, "横街镇", 1, 15],
        [2, " 横街镇 ", 1, 16],
      ]),
      units,
    );
    expect(result.rows[1].errors).toEqual(["单位“横街镇”与第 3 行重复"]);
  });

  it("'/', '／', an empty cell and a blank text are not applicable; '0' is 0; 合计 and blank rows are skipped", () => {
    const result = parseQuotaGrid(
      annex([
        [1, "月湖街道", "/", "／"],
        [2, "西门街道", null, " "],
        [null, null, null, null],
        [3, "江厦街道", "0", 0],
        ["", "合计", 21, 165],
      ]),
      units,
    );
    expect(result.rows.map((r) => [r.unitName, r.targets])).toEqual([
      ["月湖街道", { ELIMINATION: null, RECTIFICATION: null }],
      ["西门街道", { ELIMINATION: null, RECTIFICATION: null }],
      ["江厦街道", { ELIMINATION: 0, RECTIFICATION: 0 }],
    ]);
    expect(importIsClean(result)).toBe(true);
  });

  it("a sheet without the two category headings is refused as a whole", () => {
    const result = parseQuotaGrid(
      [
        ["单位", "数量"],
        ["集士港镇", 3],
      ],
      units,
    );
    expect(result.fileErrors).toHaveLength(1);
    expect(importIsClean(result)).toBe(false);
  });

  it("a sheet with headings but no unit row is refused", () => {
    expect(parseQuotaGrid(annex([]), units).fileErrors).toEqual(["表中没有单位行"]);
  });

  it("parses single cells", () => {
    expect(parseQuotaCell(12)).toEqual({ ok: true, value: 12 });
    expect(parseQuotaCell(" 7 ")).toEqual({ ok: true, value: 7 });
    expect(parseQuotaCell("1e3").ok).toBe(false);
    expect(parseQuotaCell(Number.NaN).ok).toBe(false);
    expect(parseQuotaCell("99999999").ok).toBe(false);
  });
});

describe("reading a workbook", () => {
  it("reads formula results and rich text as their values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["单位", "淘汰落后产能", "整治提升"]);
    ws.addRow([{ richText: [{ text: "集士" }, { text: "港镇" }] }, { formula: "1+2", result: 3 }, 28]);
    const grid = await readXlsxGrid(await wb.xlsx.writeBuffer());
    const result = parseQuotaGrid(grid, units);
    expect(result.rows).toEqual([
      { row: 2, unitName: "集士港镇", unitId: 1, targets: { ELIMINATION: 3, RECTIFICATION: 28 }, errors: [] },
    ]);
  });
});
