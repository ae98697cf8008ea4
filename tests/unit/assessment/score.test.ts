import { describe, expect, it } from "vitest";

import type { DepartmentFacts, UnitFacts } from "@/lib/assessment/rules";
import { checkScheme, DEFAULT_SCHEMES, SCHEME_TOTAL } from "@/lib/assessment/scheme";
import {
  freezeRows,
  type Indicator,
  rank,
  rankedCount,
  rescaledTotal,
  scoreSheet,
  weightedPoints,
} from "@/lib/assessment/score";

const ctx = { asOf: new Date("2020-12-31T00:00:00Z"), campaignDeadline: new Date("2020-10-31T00:00:00Z") };
const facts = (accepted: number, circulars = 0): UnitFacts => ({
  quotas: { ELIMINATION: 4, RECTIFICATION: null },
  accepted: { ELIMINATION: accepted, RECTIFICATION: 0 },
  acceptances: [],
  submissions: 0,
  returns: 0,
  overdue: 0,
  shares: [],
  circulars,
  interviews: 0,
  tips: [],
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
  it("adds each indicator's points (rescaled to 100 over the scheme's 50), ranks best first, keeps each contribution", () => {
    const rows = scoreSheet("UNIT", indicators, subjects, [], ctx);
    expect(rows.map((r) => [r.name, r.total, r.rank])).toEqual([
      ["丙镇", 100, 1],
      ["乙镇", 92, 2],
      ["甲镇", 60, 3],
    ]);
    expect(rows[1].breakdown.map((c) => [c.label, c.points])).toEqual([
      ["淘汰完成率", 40],
      ["通报约谈", 6],
    ]);
  });
  it("applies an adjustment with its reason, kept within 0…max", () => {
    const rows = scoreSheet(
      "UNIT",
      indicators,
      subjects,
      [
        { indicatorId: 2, subjectId: 12, points: 4, reason: "通报后已整改到位" },
        { indicatorId: 1, subjectId: 11, points: -30, reason: "材料造假" },
        { indicatorId: 1, subjectId: 13, points: 5, reason: "超额" },
      ],
      ctx,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName["乙镇"].breakdown[1]).toMatchObject({
      computed: 6,
      adjustment: 4,
      points: 10,
      reason: "通报后已整改到位",
    });
    expect(byName["甲镇"].breakdown[0]).toMatchObject({ computed: 20, adjustment: -30, points: 0 });
    expect(byName["丙镇"].breakdown[0].points).toBe(40);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
  it("equal totals share a rank and keep the display order (1, 2, 2, 4)", () => {
    expect(
      rank([
        { total: 90, rank: 0 },
        { total: 80, rank: 0 },
        { total: 95, rank: 0 },
        { total: 80, rank: 0 },
      ]).map((r) => [r.total, r.rank]),
    ).toEqual([
      [95, 1],
      [90, 2],
      [80, 3],
      [80, 3],
    ]);
    expect(
      rank([
        { total: 5, rank: 0 },
        { total: 5, rank: 0 },
        { total: 5, rank: 0 },
        { total: 1, rank: 0 },
      ]).map((r) => r.rank),
    ).toEqual([1, 1, 1, 4]);
  });
});

describe("indicators that do not apply: left out and the rest rescaled, never full marks", () => {
  const scheme = (target: "UNIT" | "DEPARTMENT"): Indicator[] =>
    DEFAULT_SCHEMES[target].map((i, k) => ({ id: k + 1, ...i }));
  const asOf = { asOf: new Date("2020-12-31T04:00:00Z"), campaignDeadline: new Date("2020-12-31T00:00:00Z") };
  const noTask: UnitFacts = {
    quotas: { ELIMINATION: null, RECTIFICATION: null },
    accepted: { ELIMINATION: 0, RECTIFICATION: 0 },
    acceptances: [],
    submissions: 0,
    returns: 0,
    overdue: 0,
    shares: [],
    circulars: 0,
    interviews: 0,
    tips: [],
  };
  // 集士港镇 (3 and 28): every indicator of the default scheme has something to judge.
  const jishigang: UnitFacts = {
    quotas: { ELIMINATION: 3, RECTIFICATION: 28 },
    accepted: { ELIMINATION: 3, RECTIFICATION: 14 },
    acceptances: Array.from({ length: 17 }, () => ({ acceptedAt: new Date("2020-06-01T02:00:00Z"), deadline: null })),
    submissions: 20,
    returns: 2,
    overdue: 1,
    shares: [{ target: 2, confirmed: 1 }],
    circulars: 0,
    interviews: 0,
    tips: [{ deadline: new Date("2020-07-01T00:00:00Z"), verifiedAt: new Date("2020-06-30T02:00:00Z") }],
  };
  // A town that did little: ranked on what applies to it.
  const slow: UnitFacts = { ...noTask, quotas: { ELIMINATION: 1, RECTIFICATION: 3 } };

  it('月湖街道 ("/" and "/", no share) is 不参与排名 and listed after the ranked units; 集士港镇 is ranked with all indicators', () => {
    const rows = scoreSheet(
      "UNIT",
      scheme("UNIT"),
      [
        { id: 10, name: "月湖街道", facts: noTask },
        { id: 1, name: "集士港镇", facts: jishigang },
        { id: 2, name: "某镇", facts: slow },
      ],
      [],
      asOf,
    );
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ["集士港镇", 1],
      ["某镇", 2],
      ["月湖街道", null],
    ]);
    const yuehu = rows[2];
    expect(yuehu.total).toBeNull();
    expect(yuehu.breakdown.every((c) => c.points === null && c.detail.endsWith("不适用"))).toBe(true);
    const jsg = rows[0];
    expect(jsg.breakdown.every((c) => c.points !== null)).toBe(true);
    // 25 + 12.5 + 10 + 9 + 8 + 5 + 5 + 5 of 100: nothing rescaled.
    expect(jsg.total).toBe(79.5);
    expect(rankedCount(rows)).toBe(2);
  });

  it("a town with nothing done is ranked on its applicable indicators only: 逾期 and 通报约谈 full, the rest 0, rescaled over 75", () => {
    const [row] = scoreSheet("UNIT", scheme("UNIT"), [{ id: 2, name: "某镇", facts: slow }], [], asOf);
    expect(row.breakdown.filter((c) => c.points === null).map((c) => c.rule)).toEqual([
      "returnRate",
      "contributions",
      "tips",
    ]);
    expect(row.total).toBe(20); // (10 + 5) ÷ 75 × 100
  });

  it("a count-only department: 重点工作任务进度 left out and the rest rescaled; with nothing to judge at all, 不参与排名", () => {
    const waits = [{ since: new Date("2020-07-01T00:00:00Z"), decidedAt: new Date("2020-07-03T00:00:00Z") }];
    const countOnly: DepartmentFacts = { lines: [], contributions: [], reviews: waits, tips: [] };
    const idle: DepartmentFacts = { lines: [], contributions: [], reviews: [], tips: [] };
    const numeric: DepartmentFacts = {
      lines: [{ percent: 40, expectedPercent: 100 }],
      contributions: [],
      reviews: [],
      tips: [],
    };
    const rows = scoreSheet(
      "DEPARTMENT",
      scheme("DEPARTMENT"),
      [
        { id: 3, name: "区经信局", facts: idle },
        { id: 4, name: "区市场监管局", facts: countOnly },
        { id: 2, name: "区发改局", facts: numeric },
      ],
      [],
      asOf,
    );
    expect(rows.map((r) => [r.name, r.total, r.rank])).toEqual([
      ["区市场监管局", 100, 1],
      ["区发改局", 40, 2],
      ["区经信局", null, null],
    ]);
    expect(rows[0].breakdown.find((c) => c.rule === "lineProgress")).toMatchObject({
      points: null,
      detail: "无有数量目标的重点工作任务，不适用",
    });
  });

  it("an adjustment applies on top of an applicable indicator (then rescaled), and is not counted on one that does not apply", () => {
    const [row] = scoreSheet(
      "UNIT",
      scheme("UNIT"),
      [{ id: 2, name: "某镇", facts: slow }],
      [
        { indicatorId: 1, subjectId: 2, points: 15, reason: "已拆除待验收" }, // 淘汰落后产能完成率, applicable
        { indicatorId: 6, subjectId: 2, points: 5, reason: "误加" }, // 重点工作任务落实: no share, not applicable
      ],
      asOf,
    );
    expect(row.breakdown[0]).toMatchObject({ computed: 0, adjustment: 15, points: 15 });
    expect(row.breakdown[5]).toMatchObject({ computed: null, adjustment: 5, points: null });
    expect(row.total).toBe(40); // (15 + 10 + 5) ÷ 75 × 100
  });

  it("rescales the points of the applicable indicators to 100; the stacked bars add up to the total", () => {
    const breakdown = [
      { maxPoints: 50, points: 25 },
      { maxPoints: 25, points: null },
      { maxPoints: 25, points: 20 },
    ];
    expect(rescaledTotal(breakdown)).toBe(60);
    expect(breakdown.map((c) => weightedPoints(c, breakdown))).toEqual([33.33, null, 26.67]);
    expect(rescaledTotal([{ maxPoints: 100, points: null }])).toBeNull();
  });

  it("ranks those not ranked last, with no rank, after shared ranks", () => {
    expect(
      rank([
        { total: null, rank: 0 },
        { total: 80, rank: 0 },
        { total: 80, rank: 0 },
        { total: 90, rank: 0 },
      ]).map((r) => [r.total, r.rank]),
    ).toEqual([
      [90, 1],
      [80, 2],
      [80, 2],
      [null, null],
    ]);
  });
});

describe("the freeze", () => {
  it("stores a detached copy: changes to the live rows or to the facts afterwards do not reach the frozen rows", () => {
    const live = scoreSheet("UNIT", indicators, subjects, [], ctx);
    const frozen = freezeRows(live);
    live[0].total = 0;
    live[0].breakdown[0].points = 0;
    subjects[0].facts.accepted.ELIMINATION = 4;
    expect(frozen[0].total).toBe(100);
    expect(frozen[0].breakdown[0].points).toBe(40);
    expect(frozen.find((r) => r.name === "甲镇")!.total).toBe(60);
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
    expect(
      checkScheme("UNIT", [
        { rule: "overdue", maxPoints: 50 },
        { rule: "overdue", maxPoints: 50 },
      ]),
    ).toContain("重复");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 100, params: { perCase: 500 } }])).toContain("之间");
    expect(checkScheme("UNIT", [{ rule: "overdue", maxPoints: 100, params: { nope: 1 } }])).toContain("没有参数");
    expect(
      checkScheme("UNIT", [
        { rule: "overdue", maxPoints: 60 },
        { rule: "tips", maxPoints: 30 },
      ]),
    ).toBe("各项分值合计须为 100 分（现为 90 分）");
  });
});
