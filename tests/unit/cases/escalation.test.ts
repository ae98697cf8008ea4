import { describe, expect, it } from "vitest";

import {
  decideEscalation,
  ESCALATION_DIMENSIONS,
  type EscalationActor,
  type EscalationCase,
  type EscalationMeasure,
} from "@/lib/cases/escalation";
import type { CaseStatus, Dimension } from "@/lib/generated/prisma/enums";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const now = new Date("2020-08-01T04:00:00Z");
const office: EscalationActor = { role: "OFFICE", unitId: null, leadDimensions: [] };
const fgj: EscalationActor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENERGY"] };
const sthj: EscalationActor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENVIRONMENT"] };
const yjgl: EscalationActor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["SAFETY"] };
const township: EscalationActor = { role: "TOWNSHIP", unitId: 1, leadDimensions: [] };
const leader: EscalationActor = { role: "LEADER", unitId: null, leadDimensions: [] };

const base: EscalationCase = {
  status: "IN_PROGRESS",
  unitId: 1,
  dimensions: ["ENERGY", "ENVIRONMENT", "SAFETY", "QUALITY"],
  deadline: null,
  measureDeadline: null,
};
const m = (
  kind: EscalationMeasure["kind"],
  dimension: Dimension,
  date: string,
  deadline: string | null = null,
  escalation = false,
): EscalationMeasure => ({ kind, dimension, date: day(date), deadline: deadline ? day(deadline) : null, escalation });

describe("能耗: 限期整改 → 逾期未整改或经整改仍未达标 → 依法关停退出", () => {
  const ordered = [m("RECTIFY_BY_DEADLINE", "ENERGY", "2020-05-01", "2020-06-30")];
  const overdueCase = { ...base, measureDeadline: day("2020-06-30") };

  it("is refused without a 限期整改 in 能耗 (even if the case is overdue by its own deadline)", () => {
    expect(decideEscalation(office, { ...base, deadline: day("2020-06-30") }, [], "ENERGY", now)).toMatchObject({
      ok: false,
      reason: "能耗方面须先记录限期整改",
    });
    expect(
      decideEscalation(
        office,
        overdueCase,
        [m("RECTIFY_BY_DEADLINE", "SAFETY", "2020-05-01", "2020-06-30")],
        "ENERGY",
        now,
      ),
    ).toMatchObject({ ok: false });
  });

  it("is allowed once the 限期整改 is overdue", () => {
    expect(decideEscalation(office, overdueCase, ordered, "ENERGY", now)).toEqual({ ok: true });
    expect(decideEscalation(fgj, overdueCase, ordered, "ENERGY", now)).toEqual({ ok: true });
  });

  it("before the deadline only after a 复查 on or after the order (经整改仍未达标)", () => {
    const notYet = { ...base, measureDeadline: day("2020-09-30") };
    const order = [m("RECTIFY_BY_DEADLINE", "ENERGY", "2020-05-01", "2020-09-30")];
    expect(decideEscalation(office, notYet, order, "ENERGY", now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("尚未逾期"),
    });
    expect(
      decideEscalation(office, notYet, [...order, m("RECHECK", "ENERGY", "2020-04-01")], "ENERGY", now),
    ).toMatchObject({ ok: false });
    expect(decideEscalation(office, notYet, [...order, m("RECHECK", "ENERGY", "2020-07-20")], "ENERGY", now)).toEqual({
      ok: true,
    });
    expect(
      decideEscalation(office, notYet, [...order, m("RECHECK", "SAFETY", "2020-07-20")], "ENERGY", now),
    ).toMatchObject({ ok: false });
  });
});

describe("环保、安全: 停产整治 / 责令停业整顿 → 经停产停业整顿仍不具备条件 → 予以关闭", () => {
  it.each([
    ["ENVIRONMENT", sthj],
    ["SAFETY", yjgl],
  ] as const)("%s needs a suspension in that dimension first", (dimension, lead) => {
    expect(decideEscalation(lead, base, [], dimension, now)).toMatchObject({
      ok: false,
      reason: "须先记录停产整治或责令停业与限期整顿",
    });
    expect(
      decideEscalation(
        lead,
        base,
        [m("ORDER_CORRECTION", dimension, "2020-05-01"), m("RESTRICT_PRODUCTION", dimension, "2020-05-02")],
        dimension,
        now,
      ),
    ).toMatchObject({ ok: false });
    expect(
      decideEscalation(lead, base, [m("SUSPEND_PRODUCTION", "ENERGY", "2020-05-01")], dimension, now),
    ).toMatchObject({ ok: false });
    expect(decideEscalation(lead, base, [m("SUSPEND_PRODUCTION", dimension, "2020-05-01")], dimension, now)).toEqual({
      ok: true,
    });
    expect(decideEscalation(office, base, [m("SUSPEND_BUSINESS", dimension, "2020-05-01")], dimension, now)).toEqual({
      ok: true,
    });
  });
});

describe("who, which dimensions, which states", () => {
  const ready = [m("SUSPEND_PRODUCTION", "ENVIRONMENT", "2020-05-01"), m("SUSPEND_PRODUCTION", "SAFETY", "2020-05-01")];

  it("only 能耗、环保、安全 escalate", () => {
    expect(ESCALATION_DIMENSIONS).toEqual(["ENERGY", "ENVIRONMENT", "SAFETY"]);
    for (const d of ["QUALITY", "INDUSTRIAL_POLICY", "PREMISES"] as const) {
      expect(
        decideEscalation(office, { ...base, dimensions: [d] }, [m("SUSPEND_PRODUCTION", d, "2020-05-01")], d, now),
      ).toMatchObject({ ok: false, reason: expect.stringContaining("只有能耗、环保、安全") });
    }
  });

  it("the office or the lead department of that dimension; never another department, the township or the leader", () => {
    expect(decideEscalation(sthj, base, ready, "ENVIRONMENT", now)).toEqual({ ok: true });
    expect(decideEscalation(yjgl, base, ready, "ENVIRONMENT", now)).toMatchObject({
      ok: false,
      reason: "只有区工强办或该方面的牵头部门可以升级处置",
    });
    expect(decideEscalation(fgj, base, ready, "SAFETY", now)).toMatchObject({ ok: false });
    expect(decideEscalation(township, base, ready, "SAFETY", now)).toMatchObject({ ok: false });
    expect(decideEscalation(leader, base, ready, "SAFETY", now)).toMatchObject({ ok: false });
  });

  it("only in a dimension of the case", () => {
    expect(decideEscalation(office, { ...base, dimensions: ["ENERGY"] }, ready, "SAFETY", now)).toMatchObject({
      ok: false,
      reason: "该整治对象不涉及所选方面",
    });
  });

  it.each<[CaseStatus, boolean]>([
    ["REGISTERED", true],
    ["IN_PROGRESS", true],
    ["RETURNED", true],
    ["SUBMITTED", false],
    ["ACCEPTED", false],
  ])("from %s: %s", (status, ok) => {
    expect(decideEscalation(office, { ...base, status }, ready, "SAFETY", now).ok).toBe(ok);
  });

  it("once only", () => {
    expect(
      decideEscalation(office, base, [...ready, m("CLOSURE", "SAFETY", "2020-07-01", null, true)], "ENVIRONMENT", now),
    ).toMatchObject({ ok: false, reason: "该整治对象已升级处置" });
  });
});
