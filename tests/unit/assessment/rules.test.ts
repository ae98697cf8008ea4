import { describe, expect, it } from "vitest";

import {
  acceptedOnTime,
  DEPARTMENT_RULES,
  type DepartmentFacts,
  hasTask,
  promptness,
  ruleParams,
  scoreRule,
  tipTimeliness,
  UNIT_RULES,
  type UnitFacts,
} from "@/lib/assessment/rules";

const d = (s: string) => new Date(s);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const ctx = { asOf: d("2020-12-31T10:00:00Z"), campaignDeadline: day("2020-10-31") };

const unit = (over: Partial<UnitFacts> = {}): UnitFacts => ({
  quotas: { ELIMINATION: 4, RECTIFICATION: 10 },
  accepted: { ELIMINATION: 0, RECTIFICATION: 0 },
  acceptances: [],
  submissions: 0,
  returns: 0,
  overdue: 0,
  shares: [],
  circulars: 0,
  interviews: 0,
  tips: [],
  ...over,
});
const dept = (over: Partial<DepartmentFacts> = {}): DepartmentFacts => ({
  lines: [],
  contributions: [],
  reviews: [],
  tips: [],
  ...over,
});
const u = (rule: string, f: UnitFacts, max = 10, params: unknown = {}) => scoreRule("UNIT", rule, f, max, params, ctx);
const dp = (rule: string, f: DepartmentFacts, max = 10, params: unknown = {}) =>
  scoreRule("DEPARTMENT", rule, f, max, params, ctx);

describe("completion per category against the quota", () => {
  it("scores accepted ÷ quota in proportion, per category", () => {
    const f = unit({ accepted: { ELIMINATION: 1, RECTIFICATION: 5 } });
    expect(u("completion.ELIMINATION", f, 20)).toEqual({ points: 5, detail: "完成 1/4（25%）" });
    expect(u("completion.RECTIFICATION", f, 20).points).toBe(10);
  });
  it("caps at the maximum when the quota is exceeded", () => {
    expect(u("completion.ELIMINATION", unit({ accepted: { ELIMINATION: 9, RECTIFICATION: 0 } }), 25).points).toBe(25);
  });
  it("does not apply to a unit with no quota (/) — no points at all, not full marks", () => {
    expect(u("completion.ELIMINATION", unit({ quotas: { ELIMINATION: null, RECTIFICATION: 3 } }), 25)).toEqual({
      points: null,
      detail: "无此项任务（/），不适用",
    });
  });
  it("a zero quota is complete", () => {
    expect(u("completion.RECTIFICATION", unit({ quotas: { ELIMINATION: 1, RECTIFICATION: 0 } }), 25).points).toBe(25);
  });
  it("rounds to two decimals", () => {
    expect(
      u(
        "completion.ELIMINATION",
        unit({ quotas: { ELIMINATION: 3, RECTIFICATION: 1 }, accepted: { ELIMINATION: 1, RECTIFICATION: 0 } }),
        10,
      ).points,
    ).toBe(3.33);
  });
});

describe("timeliness", () => {
  it("counts acceptances up to the deadline day (Beijing) as on time; the case deadline before the campaign's", () => {
    expect(acceptedOnTime({ acceptedAt: d("2020-10-31T15:59:00Z"), deadline: null }, day("2020-10-31"))).toBe(true); // 23:59 Beijing
    expect(acceptedOnTime({ acceptedAt: d("2020-10-31T16:01:00Z"), deadline: null }, day("2020-10-31"))).toBe(false); // next day in Beijing
    expect(
      acceptedOnTime({ acceptedAt: d("2020-08-02T02:00:00Z"), deadline: day("2020-08-01") }, day("2020-10-31")),
    ).toBe(false);
  });
  it("scores on-time acceptances ÷ acceptances", () => {
    const f = unit({
      acceptances: [
        { acceptedAt: d("2020-06-01T02:00:00Z"), deadline: null },
        { acceptedAt: d("2020-11-05T02:00:00Z"), deadline: null },
        { acceptedAt: d("2020-07-01T02:00:00Z"), deadline: day("2020-06-30") },
        { acceptedAt: d("2020-06-01T02:00:00Z"), deadline: day("2020-06-30") },
      ],
    });
    expect(u("timeliness", f, 10)).toEqual({ points: 5, detail: "按期验收 2/4" });
  });
  it("gives 0 to a unit with a task and nothing accepted; does not apply to one without any task", () => {
    expect(u("timeliness", unit(), 10).points).toBe(0);
    expect(u("timeliness", unit({ quotas: { ELIMINATION: null, RECTIFICATION: 0 } }), 10).points).toBeNull();
  });
});

describe("return rate of submissions", () => {
  it("scores 1 − returns ÷ submissions", () => {
    expect(u("returnRate", unit({ submissions: 8, returns: 2 }), 10)).toEqual({
      points: 7.5,
      detail: "退回 2/8（退回率 25%）",
    });
  });
  it("never goes below 0 and does not apply before any submission", () => {
    expect(u("returnRate", unit({ submissions: 1, returns: 3 }), 10).points).toBe(0);
    expect(u("returnRate", unit(), 10)).toEqual({ points: null, detail: "尚无上报，不适用" });
  });
});

describe("overdue cases", () => {
  it("deducts per overdue case (default 2) down to 0", () => {
    expect(u("overdue", unit({ overdue: 0 }), 10)).toEqual({ points: 10, detail: "无逾期整治对象" });
    expect(u("overdue", unit({ overdue: 3 }), 10).points).toBe(4);
    expect(u("overdue", unit({ overdue: 9 }), 10).points).toBe(0);
  });
  it("uses the scheme's deduction per case", () => {
    expect(u("overdue", unit({ overdue: 3 }), 10, { perCase: 1 }).points).toBe(7);
  });
  it('judges only a unit with a task: a quota (0 included) or a task-line share; "/" in both and no share does not apply', () => {
    const none = { ELIMINATION: null, RECTIFICATION: null };
    expect(u("overdue", unit({ quotas: none }), 10)).toEqual({ points: null, detail: "无目标任务，不适用" });
    expect(u("overdue", unit({ quotas: { ELIMINATION: null, RECTIFICATION: 0 } }), 10).points).toBe(10);
    expect(u("overdue", unit({ quotas: none, shares: [{ target: 2, confirmed: 0 }] }), 10).points).toBe(10);
    expect(hasTask(unit({ quotas: none, shares: [{ target: 0, confirmed: 0 }] }))).toBe(false);
  });
});

describe("task-line contributions confirmed", () => {
  it("averages confirmed ÷ share over the lines shared to the unit, each capped at its share", () => {
    const f = unit({
      shares: [
        { target: 4, confirmed: 2 },
        { target: 2, confirmed: 5 },
      ],
    });
    expect(u("contributions", f, 10)).toEqual({ points: 7.5, detail: "2 项重点工作任务，平均落实 75%" });
  });
  it("does not apply to a unit with no share", () => {
    expect(u("contributions", unit({ shares: [{ target: 0, confirmed: 0 }] }), 10).points).toBeNull();
  });
});

describe("通报 and 约谈 received", () => {
  it("deducts per 通报 (2) and per 约谈 (3), down to 0", () => {
    expect(u("notices", unit(), 5).points).toBe(5);
    expect(u("notices", unit({ circulars: 1 }), 5).points).toBe(3);
    expect(u("notices", unit({ circulars: 1, interviews: 1 }), 5)).toEqual({
      points: 0,
      detail: "通报 1 次、约谈 1 次，扣 5 分",
    });
  });
  it("uses the scheme's deductions", () => {
    expect(u("notices", unit({ circulars: 2, interviews: 1 }), 10, { perCircular: 1, perInterview: 1 }).points).toBe(7);
  });
  it("does not apply to a unit without any task", () => {
    expect(u("notices", unit({ quotas: { ELIMINATION: null, RECTIFICATION: null } }), 5).points).toBeNull();
  });
});

describe("tips verified in time", () => {
  const asOf = d("2020-07-10T04:00:00Z");
  it("counts verified tips and those past their deadline; on time = verified by the deadline day", () => {
    expect(
      tipTimeliness(
        [
          { deadline: day("2020-07-01"), verifiedAt: d("2020-07-01T10:00:00Z") }, // on time (18:00 Beijing)
          { deadline: day("2020-07-01"), verifiedAt: d("2020-07-03T02:00:00Z") }, // late
          { deadline: day("2020-07-05"), verifiedAt: null }, // lapsed
          { deadline: day("2020-07-20"), verifiedAt: null }, // not yet due
          { deadline: null, verifiedAt: d("2020-07-02T02:00:00Z") }, // no deadline: on time once verified
          { deadline: day("2020-07-01"), verifiedAt: d("2020-07-11T02:00:00Z") }, // verified after the moment: lapsed then
        ],
        asOf,
      ),
    ).toEqual({ due: 5, onTime: 2 });
  });
  it("scores on time ÷ due for units and departments alike; nothing due does not apply", () => {
    const tips = [
      { deadline: day("2020-07-01"), verifiedAt: d("2020-07-01T02:00:00Z") },
      { deadline: day("2020-07-01"), verifiedAt: null },
    ];
    expect(u("tips", unit({ tips }), 5).points).toBe(2.5);
    expect(dp("tips", dept({ tips }), 10).points).toBe(5);
    expect(u("tips", unit(), 5).points).toBeNull();
  });
});

describe("departments", () => {
  it("task-line progress: progress ÷ time elapsed per line, capped, averaged", () => {
    const f = dept({
      lines: [
        { percent: 50, expectedPercent: 100 },
        { percent: 80, expectedPercent: 50 },
        { percent: 0, expectedPercent: 0 },
      ],
    });
    expect(dp("lineProgress", f, 60).points).toBe(50);
  });
  it("task-line progress does not apply to a department whose lines carry no numeric target (count-only)", () => {
    expect(dp("lineProgress", dept(), 50)).toEqual({ points: null, detail: "无有数量目标的重点工作任务，不适用" });
  });
  it("promptness: decided within the days is prompt; decided later or still waiting beyond them is late; still within them is not judged", () => {
    const asOf = d("2020-07-20T00:00:00Z");
    expect(
      promptness(
        [
          { since: d("2020-07-01T00:00:00Z"), decidedAt: d("2020-07-05T00:00:00Z") }, // prompt
          { since: d("2020-07-01T00:00:00Z"), decidedAt: d("2020-07-15T00:00:00Z") }, // late
          { since: d("2020-07-01T00:00:00Z"), decidedAt: null }, // still waiting: late
          { since: d("2020-07-18T00:00:00Z"), decidedAt: null }, // within the days: not judged
          { since: d("2020-07-01T00:00:00Z"), decidedAt: d("2020-07-25T00:00:00Z") }, // decided after the moment: waiting, late
          { since: d("2020-07-25T00:00:00Z"), decidedAt: null }, // after the moment: ignored
        ],
        7,
        asOf,
      ),
    ).toEqual({ judged: 4, prompt: 1 });
  });
  it("contribution review and case review turnaround score prompt ÷ judged with the scheme's days", () => {
    const waits = [
      { since: d("2020-07-01T00:00:00Z"), decidedAt: d("2020-07-04T00:00:00Z") },
      { since: d("2020-07-01T00:00:00Z"), decidedAt: d("2020-07-12T00:00:00Z") },
    ];
    expect(dp("contributionReview", dept({ contributions: waits }), 20).points).toBe(10);
    expect(dp("reviewTurnaround", dept({ reviews: waits }), 20, { days: 14 })).toEqual({
      points: 20,
      detail: "14 天内处理 2/2",
    });
    expect(dp("reviewTurnaround", dept(), 20).points).toBeNull();
  });
});

describe("the rule table", () => {
  it("parameters: defaults for missing, out-of-range or non-numeric values; unknown keys dropped", () => {
    expect(ruleParams("UNIT", "notices", { perCircular: 1, perInterview: "x", other: 4 })).toEqual({
      perCircular: 1,
      perInterview: 3,
    });
    expect(ruleParams("UNIT", "overdue", { perCase: -1 })).toEqual({ perCase: 2 });
    expect(ruleParams("UNIT", "timeliness", { a: 1 })).toEqual({});
  });
  it("an unknown rule scores nothing", () => {
    expect(scoreRule("UNIT", "lineProgress", unit(), 10, {}, ctx).points).toBe(0);
  });
  it("every rule has a label and a description", () => {
    for (const r of [...Object.values(UNIT_RULES), ...Object.values(DEPARTMENT_RULES)]) {
      expect(r.label.length).toBeGreaterThan(0);
      expect(r.describe.length).toBeGreaterThan(0);
    }
  });
});
