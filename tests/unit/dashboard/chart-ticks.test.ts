import { describe, expect, it } from "vitest";

import { tickLines } from "@/components/dashboard/chart-spec";

describe("a category's name down the side of a horizontal chart (88 px on a phone)", () => {
  it("keeps a district's or a unit's name on one line", () => {
    expect(tickLines("江北区")).toEqual(["江北区"]);
    expect(tickLines("望春工业园区")).toEqual(["望春工业园区"]);
  });

  it("wraps a longer name onto a second line instead of cutting it off", () => {
    expect(tickLines("江北区（示例数据）")).toEqual(["江北区（示例", "数据）"]);
  });

  it("ends a name longer than two lines with …", () => {
    expect(tickLines("宁波杭州湾新区管理委员会所属单位")).toEqual(["宁波杭州湾新", "区管理委员…"]);
  });
});
