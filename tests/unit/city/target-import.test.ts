// 区县目标 from an .xlsx in the annex layout (行 = 区县（市）): the rows read and their errors; the city's own
// export is read back.
import { describe, expect, it } from "vitest";

import { parseTargetGrid, targetImportIsClean } from "@/lib/city/target-import";

const DISTRICTS = [
  { id: 1, name: "海曙区" },
  { id: 2, name: "江北区" },
  { id: 3, name: "北仑区" },
];
const HEAD = ["区县（市）", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）", "分解情况"];

describe("reading district targets", () => {
  it("reads the city's export: title, heading, a row per district, 合计 and notes skipped", () => {
    const r = parseTargetGrid(
      [
        ["2021年度各区县（市）淘汰落后产能及“低散乱”整治提升目标", null, null, null],
        HEAD,
        ["海曙区", 21, 165, "已分解"],
        ["江北区", "/", 0, "未开展"],
        ["北仑区", null, 12, "未下达"],
        ["合计", 21, 177, null],
        [],
        ["备注：", null, null, null],
        ["东海区", 1, 1, null],
      ],
      DISTRICTS,
    );
    expect(targetImportIsClean(r)).toBe(true);
    expect(r.rows.map((x) => [x.row, x.districtId, x.targets])).toEqual([
      [3, 1, { ELIMINATION: 21, RECTIFICATION: 165 }],
      [4, 2, { ELIMINATION: null, RECTIFICATION: 0 }],
      // An empty cell leaves the target as it is.
      [5, 3, { ELIMINATION: undefined, RECTIFICATION: 12 }],
    ]);
    expect(r.missingDistricts).toEqual([]);
  });

  it("names every bad row: unknown district, a district twice, no name, not a whole number ≥ 0", () => {
    const r = parseTargetGrid(
      [HEAD, ["东海区", 1, 1], ["海 曙 区", 2.5, -1], ["海曙区", "三", 1], [null, 1, 1]],
      DISTRICTS,
    );
    expect(targetImportIsClean(r)).toBe(false);
    expect(r.rows.map((x) => x.errors)).toEqual([
      ["区县（市）“东海区”不在本平台的区县中"],
      ["淘汰落后产能：“2.5”不是整数", "整治提升：“-1”为负数"],
      ["区县（市）“海曙区”与第 3 行重复", "淘汰落后产能：“三”不是整数"],
      ["未填写区县（市）名称"],
    ]);
    expect(r.missingDistricts).toEqual(["江北区", "北仑区"]);
  });

  it("refuses a sheet without the heading, or without a district row", () => {
    const none = parseTargetGrid(
      [
        ["名称", "数量"],
        ["海曙区", 1],
      ],
      DISTRICTS,
    );
    expect(none.fileErrors[0]).toMatch(/未找到表头/);
    expect(targetImportIsClean(none)).toBe(false);
    const empty = parseTargetGrid([HEAD, ["合计", 0, 0]], DISTRICTS);
    expect(empty.fileErrors).toEqual(["表中没有区县（市）行"]);
    expect(targetImportIsClean(empty)).toBe(false);
  });
});
