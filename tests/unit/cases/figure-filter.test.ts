import { describe, expect, it } from "vitest";

import {
  type CaseRecord,
  caseStateAt,
  countMatching,
  matchesState,
  STATUS_GROUPS,
  statusesOf,
} from "@/lib/cases/figure-filter";
import { caseListFilters } from "@/lib/cases/list-filters";
import { categoryFigures, emptyStatusCounts } from "@/lib/dashboard/pace";
import { caseListHref } from "@/lib/href";

const bj = (s: string) => new Date(`${s}+08:00`);
const endOf = (day: string) => bj(`${day}T23:59:59.999`);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const base: CaseRecord = {
  status: "ACCEPTED",
  createdAt: bj("2020-03-01T10:00:00"),
  submittedAt: bj("2020-09-01T10:00:00"),
  acceptedAt: bj("2020-10-15T10:00:00"),
  reviews: [
    { decision: "RETURN", createdAt: bj("2020-05-01T10:00:00") },
    { decision: "ACCEPT", createdAt: bj("2020-10-15T10:00:00") },
  ],
  deadline: day("2020-06-15"),
  measures: [],
  returnVisits: [],
};

describe("the state a figure counts a case in, as of a day", () => {
  it("is the status then, not today's: returned in June, accepted only in October", () => {
    expect(caseStateAt(base, endOf("2020-06-30"))).toMatchObject({ status: "RETURNED", acceptedAt: null });
    expect(caseStateAt(base, endOf("2020-09-30"))?.status).toBe("SUBMITTED");
    expect(caseStateAt(base, endOf("2020-12-31"))?.status).toBe("ACCEPTED");
  });

  it("leaves out a case registered after the day (no figure counts a case created later)", () => {
    expect(caseStateAt(base, endOf("2020-02-28"))).toBeNull();
    expect(countMatching([caseStateAt(base, endOf("2020-02-28"))], {})).toBe(0);
  });

  it("is overdue then when still open after its deadline day, and not once submitted", () => {
    expect(caseStateAt(base, endOf("2020-06-15"))?.overdue).toBe(false); // the deadline day itself is not late
    expect(caseStateAt(base, endOf("2020-06-16"))?.overdue).toBe(true);
    expect(caseStateAt(base, endOf("2020-09-30"))?.overdue).toBe(false); // submitted by then
  });

  it("judges overdue by the 限期整改 recorded by then, not one recorded later", () => {
    const c: CaseRecord = {
      ...base,
      measures: [
        {
          kind: "RECTIFY_BY_DEADLINE",
          date: day("2020-07-10"),
          deadline: day("2020-08-31"),
          createdAt: bj("2020-07-10T09:00:00"),
        },
      ],
    };
    expect(caseStateAt(c, endOf("2020-07-05"))?.overdue).toBe(true); // own deadline 06-15 applies then
    expect(caseStateAt(c, endOf("2020-07-20"))?.overdue).toBe(false); // extended to 08-31
    expect(caseStateAt(c, endOf("2020-08-31"))?.overdue).toBe(false);
  });

  it("is relapsed from the 回访 that found it producing again until it is accepted again", () => {
    const c: CaseRecord = {
      ...base,
      status: "IN_PROGRESS",
      acceptedAt: null,
      reviews: [
        { decision: "ACCEPT", createdAt: bj("2020-06-01T10:00:00") },
        { decision: "REOPEN", createdAt: bj("2020-09-10T10:00:00") },
      ],
      returnVisits: [{ result: "RESUMED", recordedAt: bj("2020-09-10T09:00:00") }],
    };
    expect(caseStateAt(c, endOf("2020-08-31"))).toMatchObject({ status: "ACCEPTED", relapsed: false });
    expect(caseStateAt(c, endOf("2020-09-10"))).toMatchObject({ status: "IN_PROGRESS", relapsed: true });
    const compliant = { ...c, returnVisits: [{ result: "COMPLIANT" as const, recordedAt: bj("2020-09-10T09:00:00") }] };
    expect(caseStateAt(compliant, endOf("2020-09-30"))?.relapsed).toBe(false);
  });
});

describe("整治中 on the dashboard is one filter of the list", () => {
  it("counts 登记, 整治中 and 退回 — the cases still with the unit", () => {
    expect(statusesOf("WITH_UNIT")).toEqual(["REGISTERED", "IN_PROGRESS", "RETURNED"]);
    expect(statusesOf("SUBMITTED")).toEqual(["SUBMITTED"]);
    const counts = { ...emptyStatusCounts(), REGISTERED: 2, IN_PROGRESS: 3, RETURNED: 1, SUBMITTED: 4, ACCEPTED: 5 };
    const f = categoryFigures(10, counts, 50, 20);
    expect(f.inProgress).toBe(STATUS_GROUPS.WITH_UNIT.reduce((n, s) => n + counts[s], 0));
    expect(f.inProgress).toBe(6);
  });

  it("matches exactly the states the figure counts", () => {
    const states = (["REGISTERED", "IN_PROGRESS", "RETURNED", "SUBMITTED", "ACCEPTED"] as const).map((status) => ({
      status,
      acceptedAt: null,
      overdue: status === "RETURNED",
      relapsed: false,
    }));
    expect(countMatching(states, { status: "WITH_UNIT" })).toBe(3);
    expect(countMatching(states, { status: "ACCEPTED" })).toBe(1);
    expect(countMatching(states, { overdue: true })).toBe(1);
    expect(countMatching(states, {})).toBe(5);
    expect(matchesState(states[3], { status: "WITH_UNIT" })).toBe(false);
  });

  it("is what the figure's link asks for, and the list reads it back with the day", () => {
    const href = caseListHref({ unitId: 4, category: "RECTIFICATION", status: "WITH_UNIT", asOf: "2020-06-30" });
    expect(href).toBe("/cases?unit=4&status=WITH_UNIT&category=RECTIFICATION&asOf=2020-06-30");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(caseListFilters.parse(params)).toMatchObject({
      unit: 4,
      status: "WITH_UNIT",
      category: "RECTIFICATION",
      asOf: "2020-06-30",
    });
    expect(caseListFilters.parse({ asOf: "2020-13-45", status: "NOPE" })).toMatchObject({
      asOf: undefined,
      status: undefined,
    });
    expect(caseListHref({ overdue: true, relapsed: true })).toBe("/cases?overdue=1&relapsed=1");
  });
});
