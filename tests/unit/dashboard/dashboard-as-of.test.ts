import { describe, expect, it } from "vitest";

import { asOfMoment, type CaseHistory, parseAsOf, statusAt } from "@/lib/dashboard/history";
import { campaignPhase, emptyStatusCounts, rollUp, type StatusCounts } from "@/lib/dashboard/pace";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";

const Y2020 = { startDate: new Date("2020-01-01"), deadline: new Date("2020-12-31") };
const bj = (s: string) => new Date(`${s}+08:00`);
const review = (decision: ReviewDecision, at: string) => ({ decision, createdAt: bj(at) });

describe("campaign phase", () => {
  it("is not started before the start day, running through the deadline day, ended the Beijing day after", () => {
    expect(campaignPhase(Y2020, bj("2019-12-31T23:59:00"))).toBe("NOT_STARTED");
    expect(campaignPhase(Y2020, bj("2020-01-01T00:00:00"))).toBe("RUNNING");
    expect(campaignPhase(Y2020, bj("2020-12-31T23:59:00"))).toBe("RUNNING");
    expect(campaignPhase(Y2020, bj("2021-01-01T00:00:00"))).toBe("ENDED");
    // 16:30 UTC on 31 December is already 1 January in Beijing.
    expect(campaignPhase(Y2020, new Date("2020-12-31T16:30:00Z"))).toBe("ENDED");
    expect(campaignPhase(Y2020, new Date("2026-11-27T08:00:00Z"))).toBe("ENDED");
  });
});

describe("an ended campaign reads 完成/未完成, never 进展较慢", () => {
  const units = [
    { unitId: 1, name: "甲镇", quotas: { ELIMINATION: 3, RECTIFICATION: 10 } },
    { unitId: 2, name: "乙镇", quotas: { ELIMINATION: 1, RECTIFICATION: null } },
  ];
  const counts = (unitId: number, c: string): StatusCounts => ({
    ...emptyStatusCounts(),
    ACCEPTED: unitId === 1 ? (c === "ELIMINATION" ? 1 : 10) : 1,
  });

  it("running at 100%: the unit short of its target is slow", () => {
    const r = rollUp(units, counts, 100, 20);
    expect(r.rows[0].lagReason).toBe("淘汰落后产能完成 1/3，序时进度 100%");
    expect(r.rows[0].shortfallReason).toBeNull();
  });

  it("ended: no slow unit, the shortfall spelled out per category, complete ones marked complete", () => {
    const r = rollUp(units, counts, 100, 20, true);
    expect(r.rows.map((row) => row.lagReason)).toEqual([null, null]);
    expect(r.rows[0].figures.ELIMINATION).toMatchObject({ lagging: false, complete: false });
    expect(r.rows[0].figures.RECTIFICATION).toMatchObject({ lagging: false, complete: true });
    expect(r.rows[0].shortfallReason).toBe("淘汰落后产能未完成（完成 1/3）");
    expect(r.rows[1].shortfallReason).toBeNull();
    expect(r.rows[1].figures.RECTIFICATION.complete).toBeNull();
    expect(r.district.ELIMINATION).toMatchObject({ lagging: false, complete: false, accepted: 2 });
  });
});

describe("a case's status at a past moment (统计截至)", () => {
  // Registered 1 March, submitted, returned 1 May, resubmitted 1 September, accepted 15 October.
  const resubmitted: CaseHistory = {
    status: "ACCEPTED",
    createdAt: bj("2020-03-01T10:00:00"),
    submittedAt: bj("2020-09-01T10:00:00"),
    acceptedAt: bj("2020-10-15T10:00:00"),
    reviews: [review("RETURN", "2020-05-01T10:00:00"), review("ACCEPT", "2020-10-15T10:00:00")],
  };

  it("excludes a case registered after the moment", () => {
    expect(statusAt(resubmitted, bj("2020-02-29T23:59:59"))).toBeNull();
  });

  it("walks submitted → returned → resubmitted → accepted", () => {
    // The first submission's time is not stored (the resubmission overwrote it): with the unit until decided.
    expect(statusAt(resubmitted, bj("2020-04-15T12:00:00"))?.status).toBe("IN_PROGRESS");
    expect(statusAt(resubmitted, bj("2020-05-01T10:00:00"))?.status).toBe("RETURNED");
    expect(statusAt(resubmitted, bj("2020-08-31T23:00:00"))?.status).toBe("RETURNED");
    expect(statusAt(resubmitted, bj("2020-09-30T23:59:59"))).toEqual({ status: "SUBMITTED", acceptedAt: null });
    expect(statusAt(resubmitted, bj("2020-10-15T10:00:00"))).toEqual({
      status: "ACCEPTED",
      acceptedAt: bj("2020-10-15T10:00:00"),
    });
    expect(statusAt(resubmitted, bj("2026-01-01T00:00:00"))?.status).toBe("ACCEPTED");
  });

  it("reads a case reopened after acceptance as accepted before, in progress after, submitted once sent again", () => {
    const reopened: CaseHistory = {
      status: "SUBMITTED",
      createdAt: bj("2020-02-01T09:00:00"),
      submittedAt: bj("2020-11-20T09:00:00"),
      acceptedAt: null,
      reviews: [review("ACCEPT", "2020-06-01T09:00:00"), review("REOPEN", "2020-09-10T09:00:00")],
    };
    expect(statusAt(reopened, bj("2020-07-01T00:00:00"))).toEqual({
      status: "ACCEPTED",
      acceptedAt: bj("2020-06-01T09:00:00"),
    });
    expect(statusAt(reopened, bj("2020-09-30T23:59:59"))).toEqual({ status: "IN_PROGRESS", acceptedAt: null });
    expect(statusAt(reopened, bj("2020-11-21T00:00:00"))?.status).toBe("SUBMITTED");
  });

  it("keeps a still-registered case 登记, and a started one without any decision 整治中", () => {
    const base = { createdAt: bj("2020-03-01T00:00:00"), submittedAt: null, acceptedAt: null, reviews: [] };
    expect(statusAt({ ...base, status: "REGISTERED" }, bj("2020-09-30T00:00:00"))?.status).toBe("REGISTERED");
    expect(statusAt({ ...base, status: "IN_PROGRESS" }, bj("2020-09-30T00:00:00"))?.status).toBe("IN_PROGRESS");
  });

  it("counts a row accepted without review records (imported) from its acceptedAt", () => {
    const imported: CaseHistory = {
      status: "ACCEPTED",
      createdAt: bj("2020-01-05T00:00:00"),
      submittedAt: null,
      acceptedAt: bj("2020-08-01T00:00:00"),
      reviews: [],
    };
    expect(statusAt(imported, bj("2020-07-31T00:00:00"))?.status).toBe("IN_PROGRESS");
    expect(statusAt(imported, bj("2020-08-02T00:00:00"))?.status).toBe("ACCEPTED");
  });
});

describe("the 统计截至 day", () => {
  const now = bj("2026-11-27T10:00:00");

  it("reads a past day up to its last instant in Beijing, today or later (or none) as now", () => {
    expect(asOfMoment(new Date("2020-09-30"), now)).toEqual(new Date(bj("2020-10-01T00:00:00").getTime() - 1));
    expect(asOfMoment(new Date("2026-11-27"), now)).toBe(now);
    expect(asOfMoment(new Date("2027-01-01"), now)).toBe(now);
    expect(asOfMoment(null, now)).toBe(now);
  });

  it("accepts YYYY-MM-DD only; anything else is today, with the reason", () => {
    expect(parseAsOf("2020-09-30")).toEqual({ day: new Date("2020-09-30"), error: null });
    expect(parseAsOf(undefined)).toEqual({ day: null, error: null });
    expect(parseAsOf(["2020-09-30", "2020-01-01"]).day).toEqual(new Date("2020-09-30"));
    for (const bad of ["2020-02-30", "30/09/2020", "0000-01-01", "x"]) {
      expect(parseAsOf(bad)).toEqual({ day: null, error: expect.stringContaining("统计截至日期无效") });
    }
  });
});
