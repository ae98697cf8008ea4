import { describe, expect, it } from "vitest";
import { checkScheme, DEFAULT_SCHEMES, SCHEME_TOTAL } from "@/lib/assessment/scheme";
import { freezeRows, rank, scoreSheet, type Indicator } from "@/lib/assessment/score";
import type { UnitFacts } from "@/lib/assessment/rules";

const ctx = { asOf: new Date("2020-12-31T00:00:00Z"), campaignDeadline: new Date("2020-10-31T00:00:00Z") };
const facts = (accepted: number, circulars = 0): UnitFacts => ({
  quotas: { ELIMINATION: 4, RECTIFICATION: null }, accepted: { ELIMINATION: accepted, RECTIFICATION: 0 }, acceptances: [],
  submissions: 0, returns: 0, overdue: 0, shares: [], circulars, interviews: 0, tips: [],
});
const indicators: Indicator[] = [
  { id: 1, rule: "completion.ELIMINATION", label: "淘汰完成率", maxPoints: 40, params: {} },
  { id: 2, rule: "notices", label: "通报约谈", maxPoints: 10, params: { perCircular: 4 } },
];
const subjects = [
  { id: 11, name: "甲镇", facts: facts(2) },
  { id: 12, name: "乙镇", facts: facts(4, 1) },
  { id: 13, name: "丙镇", facts: facts(4) },
];

describe("the score sheet", () => {
  it("adds each indicator's points, ranks best first, keeps each contribution", () => {
    const rows = scoreSheet("UNIT", indicators, subjects, [], ctx);
    expect(rows.map((r) => [r.name, r.total, r.rank])).toEqual([["丙镇", 50, 1], ["乙镇", 46, 2], ["甲镇", 30, 3]]);
    expect(rows[1].breakdown.map((c) => [c.label, c.points])).toEqual([["淘汰完成率", 40], ["通报约谈", 6]]);
  });
  it("applies an adjustment with its reason, kept within 0…max", () => {
    const rows = scoreSheet("UNIT", indicators, subjects, [
      { indicatorId: 2, subjectId: 12, points: 4, reason: "通报后已整改到位" },
      { indicatorId: 1, subjectId: 11, points: -30, reason: "材料造假" },
      { indicatorId: 1, subjectId: 13, points: 5, reason: "超额" },
    ], ctx);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName["乙镇"].breakdown[1]).toMatchObject({ computed: 6, adjustment: 4, points: 10, reason: "通报后已整改到位" });
    expect(byName["甲镇"].breakdown[0]).toMatchObject({ computed: 20, adjustment: -30, points: 0 });
    expect(byName["丙镇"].breakdown[0].points).toBe(40);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
  it("equal totals share a rank and keep the display order (1, 2, 2, 4)", () => {
    expect(rank([{ total: 90, rank: 0 }, { total: 80, rank: 0 }, { total: 95, rank: 0 }, { total: 80, rank: 0 }]).map((r) => [r.total, r.rank]))
      .toEqual([[95, 1], [90, 2], [80, 3], [80, 3]]);
    expect(rank([{ total: 5, rank: 0 }, { total: 5, rank: 0 }, { total: 5, rank: 0 }, { total: 1, rank: 0 }]).map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });
});

describe("the freeze", () => {
  it("stores a detached copy: changes to the live rows or to the facts afterwards do not reach the frozen rows", () => {
    const live = scoreSheet("UNIT", indicators, subjects, [], ctx);
    const frozen = freezeRows(live);
    live[0].total = 0;
    live[0].breakdown[0].points = 0;
    subjects[0].facts.accepted.ELIMINATION = 4;
    expect(frozen[0].total).toBe(50);
    expect(frozen[0].breakdown[0].points).toBe(40);
    expect(frozen.find((r) => r.name === "甲镇")!.total).toBe(30);
  });
});

describe("the scheme", () => {
  it("the default schemes are valid and worth 100 points each", () => {
    for (const target of ["UNIT", "DEPARTMENT"] as const) {
      expect(checkScheme(target, DEFAULT_SCHEMES[target])).toBeNull();
      expect(DEFAULT_SCHEMES[target].reduce((n, i) => n + i.maxPoints, 0)).toBe(SCHEME_TOTAL);
    }
  });
  it("refuses unknown or repeated rules, rules of the other target, parameters out of range, a total other than 100, and an empty scheme", () => {
    expect(checkScheme("UNIT", [])).toBe("至少需要一项指标");
    expect(checkScheme("UNIT", [{ rule: "lineProgress", maxPoints: 100 }])).toBe("未知的考核规则：lineProgress");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 50 }, { rule: "overdue", maxPoints: 50 }])).toContain("重复");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 100, params: { perCase: 500 } }])).toContain("之间");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 100, params: { nope: 1 } }])).toContain("没有参数");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 60 }, { rule: "tips", maxPoints: 30 }])).toBe("各项分值合计须为 100 分（现为 90 分）");
  });
});
