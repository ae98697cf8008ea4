// 区县目标 (docs/domain.md §市级): the city's target of a district against its units' quotas — the status
// beside each district on /city/targets and the gap on the district office's quota page.
import { describe, expect, it } from "vitest";

import {
  categorySplit,
  districtSplitLabel,
  districtSplitStatus,
  gapNotice,
  targetYearParam,
  targetYears,
} from "@/lib/city/targets";

describe("one category's split", () => {
  it("is 未下达 while the city has set no target, whatever the units hold", () => {
    expect(categorySplit(undefined, [3, 3])).toEqual({ status: "NOT_SET", target: undefined, split: 6, gap: 0 });
    expect(categorySplit(undefined, null).status).toBe("NOT_SET");
  });

  it("needs nothing where the target is “/”", () => {
    expect(categorySplit(null, [])).toMatchObject({ status: "NOT_APPLICABLE", gap: 0 });
    expect(categorySplit(null, null)).toMatchObject({ status: "NOT_APPLICABLE", gap: 0 });
  });

  it("is 未开展 when the district has no campaign of the year", () => {
    expect(categorySplit(21, null)).toEqual({ status: "NOT_STARTED", target: 21, split: null, gap: 0 });
  });

  it("is 未分解 with the gap while the units' quotas sum to less (“/” counts nothing)", () => {
    expect(categorySplit(21, [3, 3, null, 1])).toEqual({ status: "SHORT", target: 21, split: 7, gap: 14 });
    expect(categorySplit(165, [])).toEqual({ status: "SHORT", target: 165, split: 0, gap: 165 });
    expect(categorySplit(5, [null, null])).toMatchObject({ status: "SHORT", split: 0, gap: 5 });
    expect(categorySplit(21, [20])).toMatchObject({ status: "SHORT", gap: 1 });
  });

  it("is 已分解 when the quotas reach the target, and more than it", () => {
    // 海曙区 2020: the annex's units sum to exactly 21 and 165.
    expect(categorySplit(21, [3, 3, 3, 1, 1, 3, 1, 1, 3, null, null, 2])).toMatchObject({
      status: "COVERED",
      split: 21,
      gap: 0,
    });
    expect(categorySplit(10, [8, 5])).toMatchObject({ status: "COVERED", split: 13, gap: 0 });
    expect(categorySplit(0, [])).toMatchObject({ status: "COVERED", split: 0, gap: 0 });
  });
});

describe("a district's status for the year", () => {
  const s = categorySplit;
  it("is 未下达 only when neither category is set", () => {
    expect(districtSplitStatus({ ELIMINATION: s(undefined, null), RECTIFICATION: s(undefined, [1]) })).toBe("NOT_SET");
    expect(districtSplitStatus({ ELIMINATION: s(undefined, [1]), RECTIFICATION: s(3, [3]) })).toBe("COVERED");
  });

  it("is 未开展 when a target waits on a district without the year's campaign", () => {
    expect(districtSplitStatus({ ELIMINATION: s(21, null), RECTIFICATION: s(null, null) })).toBe("NOT_STARTED");
    expect(districtSplitStatus({ ELIMINATION: s(21, null), RECTIFICATION: s(165, null) })).toBe("NOT_STARTED");
  });

  it("is 未分解 when one category is short, however far the other goes beyond its own", () => {
    expect(districtSplitStatus({ ELIMINATION: s(21, [30]), RECTIFICATION: s(165, [160]) })).toBe("SHORT");
    expect(districtSplitStatus({ ELIMINATION: s(21, [20]), RECTIFICATION: s(null, []) })).toBe("SHORT");
  });

  it("is 已分解 when every set target is covered", () => {
    expect(districtSplitStatus({ ELIMINATION: s(21, [21]), RECTIFICATION: s(165, [165]) })).toBe("COVERED");
    expect(districtSplitStatus({ ELIMINATION: s(null, []), RECTIFICATION: s(null, []) })).toBe("COVERED");
  });

  it("reads in the plan's words", () => {
    expect(districtSplitLabel).toEqual({
      NOT_SET: "未下达",
      NOT_STARTED: "未开展",
      SHORT: "未分解",
      COVERED: "已分解",
    });
  });
});

describe("the gap on the district's quota page", () => {
  it("names the target, what is split and what is missing while short", () => {
    expect(gapNotice(categorySplit(21, [3, 3, 12]))).toBe("市下达目标 21 家，已分解 18 家，尚差 3 家");
    expect(gapNotice(categorySplit(165, []))).toBe("市下达目标 165 家，已分解 0 家，尚差 165 家");
  });

  it("says nothing when covered, “/”, not set or without the year's campaign", () => {
    expect(gapNotice(categorySplit(21, [21]))).toBeNull();
    expect(gapNotice(categorySplit(null, []))).toBeNull();
    expect(gapNotice(categorySplit(undefined, [1]))).toBeNull();
    expect(gapNotice(categorySplit(21, null))).toBeNull();
  });
});

describe("the years of the city's grid", () => {
  it("offers the known years, the one asked and the next one to set, newest first", () => {
    expect(targetYears([2020], 2020)).toEqual([2021, 2020]);
    expect(targetYears([2020, 2021], 2020)).toEqual([2022, 2021, 2020]);
    expect(targetYears([], 2026)).toEqual([2027, 2026]);
  });

  it("reads ?year= as a year from 2000 to 2100, else the fallback", () => {
    expect(targetYearParam("2021", 2026)).toBe(2021);
    expect(targetYearParam(["2022", "2023"], 2026)).toBe(2022);
    for (const bad of [undefined, null, "", "21", "1999", "2101", "2021abc", "２０２１", "-2021"])
      expect(targetYearParam(bad, 2026)).toBe(2026);
  });
});
