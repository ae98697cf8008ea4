import { describe, expect, it } from "vitest";

import {
  categoryFigures,
  completionPercent,
  cumulativeSeries,
  elapsedPercent,
  emptyStatusCounts,
  forecastAtDeadline,
  isLagging,
  lagReason,
  rollUp,
  type StatusCounts,
} from "@/lib/dashboard/pace";
import { formatPercent } from "@/lib/format";
import { caseListHref } from "@/lib/href";

const Y2020 = { startDate: new Date("2020-01-01"), deadline: new Date("2020-12-31") };
const beijing = (s: string) => new Date(`${s}+08:00`);
const counts = (c: Partial<StatusCounts>): StatusCounts => ({ ...emptyStatusCounts(), ...c });

describe("elapsed share of the campaign", () => {
  it("is 0 on the first day and before the start", () => {
    expect(elapsedPercent(Y2020, beijing("2020-01-01T00:00:00"))).toBe(0);
    expect(elapsedPercent(Y2020, beijing("2020-01-01T23:59:00"))).toBe(0);
    expect(elapsedPercent(Y2020, beijing("2019-06-01T12:00:00"))).toBe(0);
  });

  it("counts whole Beijing days: 274 of 2020's 366 days are gone on 1 October", () => {
    expect(elapsedPercent(Y2020, beijing("2020-10-01T09:00:00"))).toBeCloseTo((274 / 366) * 100, 10);
    // 16:30 UTC on 30 September is already 1 October in Beijing.
    expect(elapsedPercent(Y2020, new Date("2020-09-30T16:30:00Z"))).toBeCloseTo((274 / 366) * 100, 10);
    expect(elapsedPercent(Y2020, new Date("2020-09-30T15:59:00Z"))).toBeCloseTo((273 / 366) * 100, 10);
  });

  it("reaches 100 after the deadline day and stays there", () => {
    expect(elapsedPercent(Y2020, beijing("2020-12-31T23:00:00"))).toBeCloseTo((365 / 366) * 100, 10);
    expect(elapsedPercent(Y2020, beijing("2021-01-01T00:00:00"))).toBe(100);
    expect(elapsedPercent(Y2020, beijing("2026-11-26T10:00:00"))).toBe(100);
  });
});

describe("completion", () => {
  it("is accepted over target, may pass 100, is '/' without a quota and complete for a zero quota", () => {
    expect(completionPercent(1, 4)).toBe(25);
    expect(completionPercent(5, 4)).toBe(125);
    expect(completionPercent(3, null)).toBeNull();
    expect(completionPercent(0, 0)).toBe(100);
  });

  it("formats as a rounded percent or '/'", () => {
    expect(formatPercent(74.86)).toBe("75%");
    expect(formatPercent(null)).toBe("/");
  });
});

describe("the slow-unit rule", () => {
  it("flags completion strictly below elapsed minus the threshold", () => {
    expect(isLagging(25, 45, 20)).toBe(false); // exactly at the threshold
    expect(isLagging(24.9, 45, 20)).toBe(true);
    expect(isLagging(25, 45.1, 20)).toBe(true);
    expect(isLagging(100 / 3, 100 / 3 + 20, 20)).toBe(false);
  });

  it("follows the configured threshold", () => {
    expect(isLagging(50, 75, 20)).toBe(true);
    expect(isLagging(50, 75, 25)).toBe(false);
    expect(isLagging(0, 0, 0)).toBe(false);
  });

  it("never flags a unit without a quota", () => {
    expect(isLagging(null, 100, 0)).toBe(false);
  });

  it("explains itself in the annex's terms", () => {
    expect(lagReason(1, 3, (274 / 366) * 100)).toBe("完成 1/3，序时进度 75%");
  });
});

describe("forecast at the current pace", () => {
  it("projects the accepted count linearly to the deadline, rounded down", () => {
    expect(forecastAtDeadline(1, 3, 75)).toEqual({ projected: 1, shortfall: 2 });
    expect(forecastAtDeadline(3, 3, 75)).toEqual({ projected: 4, shortfall: 0 });
    expect(forecastAtDeadline(3, 6, 50)).toEqual({ projected: 6, shortfall: 0 });
    expect(forecastAtDeadline(0, 2, 10)).toEqual({ projected: 0, shortfall: 2 });
  });

  it("equals the actual count once the campaign is over", () => {
    expect(forecastAtDeadline(7, 9, 100)).toEqual({ projected: 7, shortfall: 2 });
  });

  it("has no pace before the campaign starts and no shortfall without a quota", () => {
    expect(forecastAtDeadline(2, 3, 0)).toEqual({ projected: null, shortfall: null });
    expect(forecastAtDeadline(2, null, 50)).toEqual({ projected: 4, shortfall: null });
  });
});

describe("figures of one category", () => {
  it("splits the cases into awaiting review, in progress (incl. returned) and accepted", () => {
    const f = categoryFigures(
      28,
      counts({ REGISTERED: 2, IN_PROGRESS: 3, RETURNED: 1, SUBMITTED: 4, ACCEPTED: 5 }),
      50,
      20,
    );
    expect(f).toMatchObject({
      target: 28,
      registered: 15,
      inProgress: 6,
      submitted: 4,
      accepted: 5,
      notStarted: 13,
      lagging: true,
    });
  });

  it("never reports a negative number not yet started, and none for '/'", () => {
    expect(categoryFigures(2, counts({ ACCEPTED: 3 }), 50, 20).notStarted).toBe(0);
    expect(categoryFigures(null, counts({ ACCEPTED: 3 }), 50, 20)).toMatchObject({
      notStarted: null,
      completion: null,
      lagging: false,
    });
  });
});

describe("roll-up", () => {
  const units = [
    { unitId: 1, name: "集士港镇", quotas: { ELIMINATION: 3, RECTIFICATION: 28 } },
    { unitId: 2, name: "月湖街道", quotas: { ELIMINATION: null, RECTIFICATION: null } },
    { unitId: 3, name: "望春工业园区", quotas: { ELIMINATION: 2, RECTIFICATION: null } },
  ];
  const data: Record<string, StatusCounts> = {
    "1:ELIMINATION": counts({ ACCEPTED: 1, SUBMITTED: 1 }),
    "1:RECTIFICATION": counts({ ACCEPTED: 20, IN_PROGRESS: 2 }),
    "2:RECTIFICATION": counts({ ACCEPTED: 1 }),
  };
  const r = rollUp(units, (id, c) => data[`${id}:${c}`], 75, 20);

  it("sums the district from the unit rows, '/' staying out of the targets", () => {
    expect(r.district.ELIMINATION).toMatchObject({
      target: 5,
      registered: 2,
      submitted: 1,
      accepted: 1,
      notStarted: 3,
    });
    expect(r.district.RECTIFICATION).toMatchObject({ target: 28, registered: 23, accepted: 21, inProgress: 2 });
    expect(r.statusTotals.ELIMINATION).toEqual(counts({ ACCEPTED: 1, SUBMITTED: 1 }));
  });

  it("names the slow categories of each unit", () => {
    expect(r.rows[0].lagReason).toBe("淘汰落后产能完成 1/3，序时进度 75%");
    expect(r.rows[1].lagReason).toBeNull();
    expect(r.rows[2].lagReason).toBe("淘汰落后产能完成 0/2，序时进度 75%");
  });

  it("is all '/' for a district without any quota", () => {
    const none = rollUp([units[1]], () => undefined, 50, 20);
    expect(none.district.ELIMINATION).toMatchObject({ target: null, completion: null, registered: 0 });
  });
});

describe("cumulative acceptances against the plan", () => {
  const series = cumulativeSeries(
    new Map([
      ["2020-02", 1],
      ["2020-05", 2],
      ["2019-12", 1],
      ["2021-01", 5],
    ]),
    12,
    Y2020,
    beijing("2020-06-10T12:00:00"),
  );

  it("has one point per campaign month, the plan rising straight to the target at the deadline", () => {
    expect(series.map((p) => p.label)).toEqual([
      "1月",
      "2月",
      "3月",
      "4月",
      "5月",
      "6月",
      "7月",
      "8月",
      "9月",
      "10月",
      "11月",
      "12月",
    ]);
    expect(series[0].plan).toBe(1.02); // 12 × 31/366
    expect(series[11].plan).toBe(12);
  });

  it("accumulates up to the current month only, folding acceptances outside the campaign into its ends", () => {
    expect(series.map((p) => p.accepted)).toEqual([1, 2, 2, 2, 4, 4, null, null, null, null, null, null]);
    const done = cumulativeSeries(new Map([["2021-01", 5]]), 12, Y2020, beijing("2021-03-01T12:00:00"));
    expect(done[11].accepted).toBe(5);
  });

  it("has no plan without a quota and labels months with the year when the campaign spans two", () => {
    expect(cumulativeSeries(new Map(), null, Y2020, beijing("2020-03-01T00:00:00"))[0].plan).toBeNull();
    const span = cumulativeSeries(
      new Map(),
      1,
      { startDate: new Date("2020-11-01"), deadline: new Date("2021-02-28") },
      beijing("2020-12-01T00:00:00"),
    );
    expect(span.map((p) => p.label)).toEqual(["2020年11月", "2020年12月", "2021年1月", "2021年2月"]);
  });
});

describe("case-list drill-down links", () => {
  it("carries unit, status and category as the case list expects", () => {
    expect(caseListHref({ unitId: 7, status: "SUBMITTED", category: "ELIMINATION" })).toBe(
      "/cases?unit=7&status=SUBMITTED&category=ELIMINATION",
    );
    expect(caseListHref({ category: "RECTIFICATION" })).toBe("/cases?category=RECTIFICATION");
    expect(caseListHref({})).toBe("/cases");
  });
});
