import { describe, expect, it } from "vitest";

import {
  decideRecordReturnVisit,
  isReturnVisitDue,
  needsReturnVisit,
  returnVisitDueDate,
  returnVisitGround,
  sampleBucket,
  type VisitActor,
} from "@/lib/return-visits/rules";

const policy = { afterDays: 30, samplePercent: 20, closedWorkshopSamplePercent: 50 };
const accepted = (
  id: string,
  disposalPath: "SEALED" | "DISMANTLED" | null,
  category: "ELIMINATION" | "RECTIFICATION" = "ELIMINATION",
  outcome: string | null = null,
) => ({
  id,
  category,
  disposalPath,
  status: "ACCEPTED" as const,
  outcome: outcome === null ? null : { name: outcome },
});
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

  it("closed 低散乱 workshops (关停取缔) by a stable sample of their own rate", () => {
    const closed = (id: string) => accepted(id, null, "RECTIFICATION", "关停取缔");
    const sampled = ids.filter((id) => needsReturnVisit(closed(id), policy));
    expect(sampled.length / ids.length).toBeGreaterThan(0.46);
    expect(sampled.length / ids.length).toBeLessThan(0.54);
    expect(ids.filter((id) => needsReturnVisit(closed(id), policy))).toEqual(sampled);
    expect(sampled.every((id) => returnVisitGround(closed(id), policy) === "CLOSED_WORKSHOP_SAMPLE")).toBe(true);
    // Their rate is their own: the dismantled rate does not move it.
    expect(
      ids.some((id) => needsReturnVisit(closed(id), { ...policy, closedWorkshopSamplePercent: 0, samplePercent: 100 })),
    ).toBe(false);
    expect(
      ids.every((id) =>
        needsReturnVisit(closed(id), { ...policy, closedWorkshopSamplePercent: 100, samplePercent: 0 }),
      ),
    ).toBe(true);
    expect(
      needsReturnVisit(accepted("a", null, "RECTIFICATION", "关停淘汰"), {
        ...policy,
        closedWorkshopSamplePercent: 100,
      }),
    ).toBe(true);
  });

  it("names why: sealed, dismantled sample", () => {
    expect(returnVisitGround(accepted("a", "SEALED"), policy)).toBe("SEALED");
    const inSample = ids.find((id) => sampleBucket(id) < 20)!;
    expect(returnVisitGround(accepted(inSample, "DISMANTLED"), policy)).toBe("DISMANTLED_SAMPLE");
  });

  it("never workshops kept producing (整合入园、规范提升, no outcome), nor cases not (or no longer) accepted", () => {
    const all = { ...policy, samplePercent: 100, closedWorkshopSamplePercent: 100 };
    expect(needsReturnVisit(accepted("a", null, "RECTIFICATION"), all)).toBe(false);
    expect(needsReturnVisit(accepted("a", null, "RECTIFICATION", "规范提升"), all)).toBe(false);
    expect(needsReturnVisit(accepted("a", null, "RECTIFICATION", "整合入园"), all)).toBe(false);
    expect(needsReturnVisit({ ...accepted("a", null, "RECTIFICATION", "关停取缔"), status: "SUBMITTED" }, all)).toBe(
      false,
    );
    expect(needsReturnVisit(accepted("a", null), all)).toBe(false);
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

describe("who records a 回访", () => {
  const office: VisitActor = { role: "OFFICE", unitId: null, leadDimensions: [] };
  const fgj: VisitActor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENERGY", "INDUSTRIAL_POLICY"] };
  const sthj: VisitActor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENVIRONMENT"] };
  const own: VisitActor = { role: "TOWNSHIP", unitId: 5, leadDimensions: [] };
  const elimination = { unitId: 5, category: "ELIMINATION" as const, dimensions: ["SAFETY" as const] };
  const workshop = { unitId: 5, category: "RECTIFICATION" as const, dimensions: ["ENVIRONMENT" as const] };

  it("the office, for any case", () => {
    expect(decideRecordReturnVisit(office, elimination, false).ok).toBe(true);
    expect(decideRecordReturnVisit(office, workshop, false).ok).toBe(true);
  });

  it("a department in whose remit the case lies: a dimension it leads, or every elimination for 产业政策", () => {
    expect(decideRecordReturnVisit(sthj, workshop, false).ok).toBe(true);
    expect(decideRecordReturnVisit(fgj, elimination, false).ok).toBe(true);
    expect(decideRecordReturnVisit(sthj, elimination, false)).toEqual({
      ok: false,
      reason: "该整治对象不在本部门职责范围内",
    });
    expect(decideRecordReturnVisit(fgj, workshop, false).ok).toBe(false);
  });

  it("never the township that owns the case (it may accompany), nor any other township, the leader or an expert", () => {
    expect(decideRecordReturnVisit(own, elimination, false)).toEqual({
      ok: false,
      reason: "回访由牵头部门或区工强办录入，属地镇（乡）街道可陪同",
    });
    expect(decideRecordReturnVisit({ ...own, unitId: 6 }, elimination, false).ok).toBe(false);
    expect(decideRecordReturnVisit({ role: "LEADER", unitId: null, leadDimensions: [] }, elimination, false).ok).toBe(
      false,
    );
    expect(decideRecordReturnVisit({ role: "EXPERT", unitId: null, leadDimensions: [] }, elimination, false).ok).toBe(
      false,
    );
  });

  it("once: a recorded visit is not changed", () => {
    expect(decideRecordReturnVisit(office, elimination, true)).toEqual({ ok: false, reason: "该回访已录入，不能修改" });
  });
});
