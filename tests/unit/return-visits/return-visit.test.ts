import { describe, expect, it } from "vitest";

import { isReturnVisitDue, needsReturnVisit, returnVisitDueDate, sampleBucket } from "@/lib/return-visits/rules";

const policy = { afterDays: 30, samplePercent: 20 };
const accepted = (
  id: string,
  disposalPath: "SEALED" | "DISMANTLED" | null,
  category: "ELIMINATION" | "RECTIFICATION" = "ELIMINATION",
) => ({ id, category, disposalPath, status: "ACCEPTED" as const });
const ids = Array.from({ length: 2000 }, (_, i) => `case-${i}`);

describe("which cases get a 回访", () => {
  it("every accepted sealed elimination case", () => {
    expect(ids.every((id) => needsReturnVisit(accepted(id, "SEALED"), policy))).toBe(true);
  });

  it("dismantled cases by a stable sample close to the configured share", () => {
    const sampled = ids.filter((id) => needsReturnVisit(accepted(id, "DISMANTLED"), policy));
    expect(sampled.length / ids.length).toBeGreaterThan(0.17);
    expect(sampled.length / ids.length).toBeLessThan(0.23);
    expect(ids.filter((id) => needsReturnVisit(accepted(id, "DISMANTLED"), policy))).toEqual(sampled);
    expect(ids.every((id) => needsReturnVisit(accepted(id, "DISMANTLED"), { ...policy, samplePercent: 100 }))).toBe(
      true,
    );
    expect(ids.some((id) => needsReturnVisit(accepted(id, "DISMANTLED"), { ...policy, samplePercent: 0 }))).toBe(false);
  });

  it("never rectifications, nor cases not (or no longer) accepted", () => {
    expect(needsReturnVisit(accepted("a", null, "RECTIFICATION"), { ...policy, samplePercent: 100 })).toBe(false);
    expect(needsReturnVisit({ ...accepted("a", "SEALED"), status: "IN_PROGRESS" }, policy)).toBe(false);
    expect(needsReturnVisit({ ...accepted("a", "SEALED"), status: "SUBMITTED" }, policy)).toBe(false);
  });

  it("buckets are 0–99", () => {
    expect(ids.map(sampleBucket).every((b) => Number.isInteger(b) && b >= 0 && b < 100)).toBe(true);
  });
});

describe("when it is due", () => {
  it("the configured number of days after the Beijing date of acceptance", () => {
    // 2020-06-15 23:30 in Beijing is still 15 June there.
    expect(returnVisitDueDate(new Date("2020-06-15T15:30:00Z"), policy).toISOString()).toBe("2020-07-15T00:00:00.000Z");
    // 2020-06-15 16:30 UTC is already 16 June in Beijing.
    expect(returnVisitDueDate(new Date("2020-06-15T16:30:00Z"), policy).toISOString()).toBe("2020-07-16T00:00:00.000Z");
  });

  it("is due from the start of the due day in Beijing until the visit is recorded", () => {
    const dueDate = new Date("2020-07-15T00:00:00Z");
    expect(isReturnVisitDue({ dueDate, result: null }, new Date("2020-07-14T15:59:00Z"))).toBe(false);
    expect(isReturnVisitDue({ dueDate, result: null }, new Date("2020-07-14T16:00:00Z"))).toBe(true);
    expect(isReturnVisitDue({ dueDate, result: "COMPLIANT" }, new Date("2020-08-01T00:00:00Z"))).toBe(false);
  });
});
