import { describe, expect, it } from "vitest";

import {
  isOverdue,
  latestRectificationDeadline,
  OPEN_STATUSES,
  overdueDays,
  rectificationDeadline,
} from "@/lib/cases/overdue";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
// 2020-06-30 in Beijing runs from 2020-06-29T16:00Z to 2020-06-30T16:00Z.
const lastMomentOf30 = new Date("2020-06-30T15:59:59Z");
const firstMomentOf1st = new Date("2020-06-30T16:00:00Z");
const ALL: CaseStatus[] = ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"];

describe("overdue: the rectification deadline passed (Beijing day) without submission or acceptance", () => {
  it.each(ALL)("status %s: overdue the day after the deadline only while still open", (status) => {
    const c = { status, deadline: day("2020-06-30"), measureDeadline: null };
    expect(isOverdue(c, lastMomentOf30)).toBe(false);
    expect(isOverdue(c, firstMomentOf1st)).toBe(OPEN_STATUSES.includes(status));
  });

  it("is never overdue without any deadline", () => {
    for (const status of ALL)
      expect(isOverdue({ status, deadline: null, measureDeadline: null }, new Date("2030-01-01T00:00:00Z"))).toBe(
        false,
      );
  });

  it("judges by the 限期整改 deadline when one was ordered, earlier or later than the case's own", () => {
    const later = { status: "IN_PROGRESS" as const, deadline: day("2020-06-01"), measureDeadline: day("2020-07-31") };
    expect(rectificationDeadline(later)).toEqual(day("2020-07-31"));
    expect(isOverdue(later, new Date("2020-07-15T00:00:00Z"))).toBe(false);
    const earlier = { status: "RETURNED" as const, deadline: day("2020-12-31"), measureDeadline: day("2020-05-31") };
    expect(isOverdue(earlier, new Date("2020-06-01T00:00:00Z"))).toBe(true);
    expect(rectificationDeadline({ deadline: day("2020-12-31"), measureDeadline: null })).toEqual(day("2020-12-31"));
  });

  it("counts whole days past the deadline", () => {
    const c = { status: "IN_PROGRESS" as const, deadline: day("2020-06-30"), measureDeadline: null };
    expect(overdueDays(c, lastMomentOf30)).toBe(0);
    expect(overdueDays(c, firstMomentOf1st)).toBe(1);
    expect(overdueDays(c, new Date("2020-07-10T08:00:00Z"))).toBe(10);
    expect(overdueDays({ ...c, status: "SUBMITTED" }, new Date("2020-07-10T08:00:00Z"))).toBe(0);
  });
});

describe("the latest 限期整改 sets the deadline", () => {
  const m = (
    kind: "RECTIFY_BY_DEADLINE" | "RECHECK",
    date: string,
    deadline: string | null,
    createdAt = "2020-01-01T00:00:00Z",
  ) => ({ kind, date: day(date), deadline: deadline ? day(deadline) : null, createdAt: new Date(createdAt) });

  it("is null without a 限期整改", () => {
    expect(latestRectificationDeadline([])).toBeNull();
    expect(latestRectificationDeadline([m("RECHECK", "2020-05-01", null)])).toBeNull();
  });

  it("takes the one ordered last, even when its deadline is earlier (a shortened term)", () => {
    expect(
      latestRectificationDeadline([
        m("RECTIFY_BY_DEADLINE", "2020-03-01", "2020-09-30"),
        m("RECTIFY_BY_DEADLINE", "2020-05-01", "2020-06-30"),
      ]),
    ).toEqual(day("2020-06-30"));
    expect(
      latestRectificationDeadline([
        m("RECTIFY_BY_DEADLINE", "2020-05-01", "2020-06-30"),
        m("RECTIFY_BY_DEADLINE", "2020-03-01", "2020-09-30"),
      ]),
    ).toEqual(day("2020-06-30"));
  });

  it("on the same day, the one recorded last", () => {
    expect(
      latestRectificationDeadline([
        m("RECTIFY_BY_DEADLINE", "2020-05-01", "2020-08-31", "2020-05-01T03:00:00Z"),
        m("RECTIFY_BY_DEADLINE", "2020-05-01", "2020-07-31", "2020-05-01T02:00:00Z"),
      ]),
    ).toEqual(day("2020-08-31"));
  });
});
