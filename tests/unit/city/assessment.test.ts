// 市级评价考核 (docs/domain.md §市级): the city scores its districts with the districts' own machinery — the
// district rules on a district's row of the city roll-up, the scheme rules, the links of the figures and the
// refusal to publish an unscored manual item.
import { describe, expect, it } from "vitest";

import { DISTRICT_RULES, type DistrictFacts, isManualRule, scoreRule } from "@/lib/assessment/rules";
import { checkScheme, DEFAULT_CITY_SCHEME } from "@/lib/assessment/scheme";
import { scoreSheet } from "@/lib/assessment/score";
import { districtFacts, figureHref, unscoredItems, unscoredRefusal } from "@/lib/city/assessment";
import { cityCell } from "@/lib/city/rollup";

const ctx = { asOf: new Date("2020-07-01T04:00:00Z"), campaignDeadline: new Date("2020-12-31") };

/** A district's facts: the city's targets (undefined: 未下达), its units' quotas summed (null: no campaign), accepted. */
const facts = (
  e: { target: number | null | undefined; split: number | null; accepted: number },
  r: { target: number | null | undefined; split: number | null; accepted: number },
  circulars = 0,
): DistrictFacts => ({ cells: { ELIMINATION: e, RECTIFICATION: r }, circulars });

const score = (rule: string, f: DistrictFacts, max = 30, params: unknown = {}) =>
  scoreRule("DISTRICT", rule, f, max, params, ctx);

describe("the district rules", () => {
  it("score completion over the city's target with the units' rule: 7 of 21 → a third", () => {
    const f = facts({ target: 21, split: 21, accepted: 7 }, { target: 165, split: 165, accepted: 165 });
    expect(score("completion.ELIMINATION", f)).toEqual({ points: 10, detail: "完成 7/21（33%）" });
    expect(score("completion.RECTIFICATION", f)).toEqual({ points: 30, detail: "完成 165/165（100%）" });
  });

  it("leave completion out where the target is “/” or the city has issued none (never full marks)", () => {
    const f = facts({ target: null, split: 0, accepted: 3 }, { target: undefined, split: 12, accepted: 12 });
    expect(score("completion.ELIMINATION", f).points).toBeNull();
    expect(score("completion.RECTIFICATION", f)).toEqual({ points: null, detail: "市未下达目标，不适用" });
  });

  it("score the split as the average coverage of the numeric targets, naming the gap", () => {
    const f = facts({ target: 20, split: 15, accepted: 0 }, { target: 100, split: 120, accepted: 0 });
    expect(score("split", f, 10)).toEqual({
      points: 8.75,
      detail: "淘汰落后产能已分解 15/20（尚差 5）；整治提升已分解 120/100",
    });
  });

  it("give a district without a campaign of the year 0 for the split, and leave it out where nothing was issued", () => {
    expect(
      score("split", facts({ target: 5, split: null, accepted: 0 }, { target: null, split: null, accepted: 0 }), 10),
    ).toEqual({ points: 0, detail: "淘汰落后产能目标 5，本年度尚未开展" });
    expect(
      score("split", facts({ target: undefined, split: 3, accepted: 0 }, { target: 0, split: 0, accepted: 0 }), 10)
        .points,
    ).toBeNull();
  });

  it("deduct per city 通报 down to 0", () => {
    const f = facts({ target: 5, split: 5, accepted: 0 }, { target: 5, split: 5, accepted: 0 }, 3);
    expect(score("notices", f, 10)).toEqual({ points: 0, detail: "被市级通报 3 次，扣 10 分" });
    expect(score("notices", f, 10, { perCircular: 2 }).points).toBe(4);
  });

  it("count a manual item as 0 until the office scores it, its score being the adjustment", () => {
    expect(isManualRule("DISTRICT", "manual.1")).toBe(true);
    expect(isManualRule("DISTRICT", "split")).toBe(false);
    expect(isManualRule("UNIT", "manual.1")).toBe(false);
    const f = facts({ target: 5, split: 5, accepted: 5 }, { target: null, split: 0, accepted: 0 });
    const indicators = [
      { id: 1, rule: "completion.ELIMINATION", label: "淘汰", maxPoints: 80, params: {} },
      { id: 2, rule: "manual.1", label: "工作推进与机制建设", maxPoints: 20, params: {} },
    ];
    const subjects = [
      { id: 10, name: "海曙区", facts: f },
      { id: 11, name: "江北区", facts: f },
    ];
    const rows = scoreSheet(
      "DISTRICT",
      indicators,
      subjects,
      [{ indicatorId: 2, subjectId: 11, points: 15, reason: "机制健全" }],
      ctx,
    );
    expect(rows.map((r) => [r.name, r.total, r.rank])).toEqual([
      ["江北区", 95, 1],
      ["海曙区", 80, 2],
    ]);
    expect(unscoredItems(rows)).toEqual(["海曙区：工作推进与机制建设"]);
    expect(unscoredRefusal(unscoredItems(rows))).toBe(
      "尚有 1 项市工强办评分未评（海曙区：工作推进与机制建设），请评分后再发布",
    );
    expect(unscoredRefusal([])).toBeNull();
  });
});

describe("a district's facts", () => {
  it("are its row of the city roll-up beside the city's targets", () => {
    const row = {
      cells: {
        ELIMINATION: cityCell({ issued: true, target: 21 }, { quotaSum: 21, accepted: 6 }),
        RECTIFICATION: cityCell({ issued: false }, { quotaSum: null, accepted: 2 }),
      },
    };
    expect(districtFacts(row, { ELIMINATION: 21 }, 1)).toEqual({
      cells: {
        ELIMINATION: { target: 21, split: 21, accepted: 6 },
        RECTIFICATION: { target: undefined, split: 0, accepted: 2 },
      },
      circulars: 1,
    });
  });

  it("of a district without a campaign: nothing split, nothing accepted; “/” kept apart from 未下达", () => {
    expect(districtFacts({ cells: null }, { ELIMINATION: 5, RECTIFICATION: null }, 0).cells).toEqual({
      ELIMINATION: { target: 5, split: null, accepted: 0 },
      RECTIFICATION: { target: null, split: null, accepted: 0 },
    });
  });
});

describe("the figures lead to what they count", () => {
  it("completion to the district's read-only ledger of accepted cases as of the day; split and 通报 to the city's pages", () => {
    const at = { code: "330205", year: 2020, asOf: "2020-06-30" };
    expect(figureHref("completion.ELIMINATION", at)).toBe(
      "/city/districts/330205/cases?year=2020&status=ACCEPTED&category=ELIMINATION&asOf=2020-06-30",
    );
    expect(figureHref("completion.RECTIFICATION", { ...at, asOf: null })).toBe(
      "/city/districts/330205/cases?year=2020&status=ACCEPTED&category=RECTIFICATION",
    );
    expect(figureHref("split", at)).toBe("/city/targets?year=2020");
    expect(figureHref("notices", at)).toBe("/city/circulars?year=2020");
    expect(figureHref("manual.1", at)).toBeNull();
  });
});

describe("the city's scheme", () => {
  it("proposes 100 points of known district rules, and is edited under the districts' rules", () => {
    expect(checkScheme("DISTRICT", DEFAULT_CITY_SCHEME)).toBeNull();
    expect(Object.keys(DISTRICT_RULES)).toContain("manual.3");
    expect(checkScheme("DISTRICT", [{ rule: "timeliness", maxPoints: 100 }])).toBe("未知的考核规则：timeliness");
    expect(checkScheme("UNIT", [{ rule: "split", maxPoints: 100 }])).toBe("未知的考核规则：split");
    expect(
      checkScheme("DISTRICT", [
        { rule: "split", maxPoints: 50 },
        { rule: "manual.1", maxPoints: 40 },
      ]),
    ).toBe("各项分值合计须为 100 分（现为 90 分）");
  });
});
