import { describe, expect, it } from "vitest";

import {
  checkShares,
  computeLineProgress,
  countsTowardsLine,
  type PaceWindow,
  type ProgressEntry,
  unitBreakdown,
  type UnitContribution,
} from "@/lib/tasks/progress";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const w = (asOf: string): PaceWindow => ({
  start: day("2020-01-01"),
  deadline: day("2020-12-31"),
  asOf: new Date(asOf),
  lagPoints: 20,
});
const entry = (
  value: number,
  unitId: number | null,
  status: ProgressEntry["status"],
  date = "2020-05-01",
): ProgressEntry => ({
  value,
  date: day(date),
  createdAt: new Date(`${date}T02:00:00Z`),
  itemId: null,
  unitId,
  status,
});
const t7 = { target: "61.00", itemIds: [] };

describe("the line's progress rolls up the department's own entries and confirmed unit contributions", () => {
  it("counts a department entry and a confirmed contribution, never a pending or returned one", () => {
    expect(countsTowardsLine({ unitId: null, status: null })).toBe(true);
    expect(countsTowardsLine({ unitId: 2, status: "CONFIRMED" })).toBe(true);
    expect(countsTowardsLine({ unitId: 2, status: "PENDING" })).toBe(false);
    expect(countsTowardsLine({ unitId: 2, status: "RETURNED" })).toBe(false);
    const p = computeLineProgress(
      t7,
      [entry(3, null, null), entry(1, 2, "CONFIRMED"), entry(5, 2, "PENDING"), entry(7, 3, "RETURNED")],
      w("2020-06-01T10:00:00+08:00"),
    );
    expect(p).toMatchObject({ achieved: 4, goal: 61, percent: 6 });
  });

  it("a line with only unconfirmed contributions has nothing done and no latest entry", () => {
    const p = computeLineProgress(t7, [entry(2, 2, "PENDING")], w("2020-06-01T10:00:00+08:00"));
    expect(p.achieved).toBe(0);
    expect(p.lastEntryDate).toBeNull();
  });

  it("case lines without a number count confirmed cases per unit as well", () => {
    const p = computeLineProgress(
      { target: null, itemIds: [] },
      [entry(2, 4, "CONFIRMED"), entry(1, 4, "PENDING"), entry(1, null, null)],
      w("2020-06-01T10:00:00+08:00"),
    );
    expect(p).toMatchObject({ kind: "COUNT", achieved: 3, status: "NO_TARGET" });
  });
});

describe("the line unit by unit", () => {
  const c = (
    value: number,
    unitId: number | null,
    status: UnitContribution["status"],
    date = "2020-05-01",
  ): UnitContribution => ({ value, unitId, status, date: day(date) });

  it("shows each unit's share, confirmed, pending and returned; the department's own entries belong to no unit", () => {
    const rows = unitBreakdown(
      [1, 2],
      [{ unitId: 1, target: "4.00" }],
      [
        c(1, 1, "CONFIRMED"),
        c(2, 1, "PENDING"),
        c(1, 1, "PENDING"),
        c(3, 1, "RETURNED"),
        c(9, null, null),
        c(2, 2, "CONFIRMED"),
      ],
      w("2020-06-01T10:00:00+08:00"),
    );
    expect(rows[0]).toMatchObject({
      unitId: 1,
      share: 4,
      confirmed: 1,
      pending: 3,
      pendingEntries: 2,
      returnedEntries: 1,
      percent: 25,
    });
    expect(rows[1]).toMatchObject({ unitId: 2, share: null, confirmed: 2, percent: null, lagging: false });
  });

  it("flags a slow unit by the dashboard's rule (more than 20 points behind the elapsed time)", () => {
    // 1 July: 182 of 366 days elapsed, 49.7%; 1 of 4 (25%) is 24.7 points behind — slow; 2 of 4 is not.
    const asOf = "2020-07-01T10:00:00+08:00";
    const [slow] = unitBreakdown([1], [{ unitId: 1, target: 4 }], [c(1, 1, "CONFIRMED")], w(asOf));
    expect(slow).toMatchObject({ lagging: true, lagReason: "完成 1/4，序时进度 50%" });
    const [fine] = unitBreakdown([1], [{ unitId: 1, target: 4 }], [c(2, 1, "CONFIRMED")], w(asOf));
    expect(fine.lagging).toBe(false);
    // Pending contributions do not save a unit from the flag; a contribution dated after asOf does not count yet.
    const [pending] = unitBreakdown(
      [1],
      [{ unitId: 1, target: 4 }],
      [c(1, 1, "CONFIRMED"), c(3, 1, "PENDING"), c(3, 1, "CONFIRMED", "2020-08-01")],
      w(asOf),
    );
    expect(pending).toMatchObject({ confirmed: 1, lagging: true });
  });

  it("a zero share is complete and never slow", () => {
    const [row] = unitBreakdown([1], [{ unitId: 1, target: 0 }], [], w("2020-12-01T10:00:00+08:00"));
    expect(row).toMatchObject({ percent: 100, lagging: false });
  });
});

describe("shares against the line's target", () => {
  it("warns when the shares fall short of the target, with what is left", () => {
    expect(checkShares("61.00", false, [2, 3, "1"], "家")).toEqual({
      sum: 6,
      warning: "各单位分解数合计6家，少于任务目标61家，尚有55家未分解",
    });
  });
  it("warns when they exceed a fixed target, not an “以上” one", () => {
    expect(checkShares(13, false, [10, 4], "家").warning).toBe("各单位分解数合计14家，多于任务目标13家");
    expect(checkShares(1200, true, [1000, 300.5], "亩")).toEqual({ sum: 1300.5, warning: null });
  });
  it("is quiet when they add up exactly, and when nothing is split or the line has no number", () => {
    expect(checkShares("1200.00", true, ["600.25", "599.75"], "亩")).toEqual({ sum: 1200, warning: null });
    expect(checkShares(61, false, [], "家").warning).toBeNull();
    expect(checkShares(null, false, [3], "件").warning).toBeNull();
  });
});
