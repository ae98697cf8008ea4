import { describe, expect, it } from "vitest";

import {
  type Actor,
  availableActions,
  type CaseAction,
  type CaseState,
  decide,
  decideRelapse,
  isReviewer,
  needsReason,
  statusAfterChange,
} from "@/lib/cases/workflow";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const JSG = 1;
const GULIN = 2;
const township = (unitId: number): Actor => ({ role: "TOWNSHIP", unitId, leadDimensions: [] });
const office: Actor = { role: "OFFICE", unitId: null, leadDimensions: [] };
const leader: Actor = { role: "LEADER", unitId: null, leadDimensions: [] };
const sthj: Actor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENVIRONMENT"] };
const fgj: Actor = { role: "DEPARTMENT", unitId: null, leadDimensions: ["ENERGY", "INDUSTRIAL_POLICY"] };
const at = (status: CaseStatus): CaseState => ({ status, unitId: JSG, dimensions: ["ENVIRONMENT", "SAFETY"] });

const STATUSES: CaseStatus[] = ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"];

// The whole table: for each action, each status it may start from and what it leads to.
const ALLOWED: Record<CaseAction, Partial<Record<CaseStatus, CaseStatus>>> = {
  START: { REGISTERED: "IN_PROGRESS" },
  EDIT: { REGISTERED: "IN_PROGRESS", IN_PROGRESS: "IN_PROGRESS", RETURNED: "RETURNED" },
  SUBMIT: { REGISTERED: "SUBMITTED", IN_PROGRESS: "SUBMITTED", RETURNED: "SUBMITTED" },
  ACCEPT: { SUBMITTED: "ACCEPTED" },
  RETURN: { SUBMITTED: "RETURNED" },
  REOPEN: { ACCEPTED: "IN_PROGRESS" },
};
const ACTOR_FOR: Record<CaseAction, Actor> = {
  START: township(JSG),
  EDIT: township(JSG),
  SUBMIT: township(JSG),
  ACCEPT: office,
  RETURN: sthj,
  REOPEN: office,
};

describe("case lifecycle", () => {
  for (const action of Object.keys(ALLOWED) as CaseAction[]) {
    it.each(STATUSES)(`${action} from %s`, (status) => {
      const d = decide(action, ACTOR_FOR[action], at(status));
      const to = ALLOWED[action][status];
      expect(d).toEqual(to ? { ok: true, to } : { ok: false, reason: expect.any(String) });
    });
  }

  it("lets only the case's own unit edit and submit", () => {
    for (const a of ["EDIT", "SUBMIT", "START"] as const) {
      expect(decide(a, township(GULIN), at("IN_PROGRESS")).ok).toBe(false);
      expect(decide(a, office, at("IN_PROGRESS")).ok).toBe(false);
      expect(decide(a, sthj, at("IN_PROGRESS")).ok).toBe(false);
    }
  });

  it("lets the office and the lead department of one of the case's dimensions review", () => {
    expect(isReviewer(office, at("SUBMITTED"))).toBe(true);
    expect(isReviewer(sthj, at("SUBMITTED"))).toBe(true);
    expect(isReviewer(fgj, at("SUBMITTED"))).toBe(false);
    expect(decide("ACCEPT", fgj, at("SUBMITTED"))).toEqual({ ok: false, reason: "您的账号无权对该整治对象执行此操作" });
  });

  it("never lets a unit accept its own case, nor the leader act", () => {
    for (const a of ["ACCEPT", "RETURN", "REOPEN"] as const) {
      expect(decide(a, township(JSG), at(a === "REOPEN" ? "ACCEPTED" : "SUBMITTED")).ok).toBe(false);
      expect(decide(a, leader, at(a === "REOPEN" ? "ACCEPTED" : "SUBMITTED")).ok).toBe(false);
    }
    const officeOfSameUnit: Actor = { ...office, unitId: JSG };
    expect(decide("ACCEPT", officeOfSameUnit, at("SUBMITTED")).ok).toBe(false);
  });

  it("lets only the office reopen an accepted case", () => {
    expect(decide("REOPEN", sthj, at("ACCEPTED")).ok).toBe(false);
    expect(decide("REOPEN", office, at("ACCEPTED"))).toEqual({ ok: true, to: "IN_PROGRESS" });
  });

  it("makes an accepted case read-only for its officer", () => {
    expect(availableActions(township(JSG), at("ACCEPTED"))).toEqual([]);
    expect(availableActions(township(JSG), at("RETURNED"))).toEqual(["EDIT", "SUBMIT"]);
    expect(availableActions(office, at("SUBMITTED"))).toEqual(["ACCEPT", "RETURN"]);
  });

  it("requires a reason to return or reopen", () => {
    expect((["START", "EDIT", "SUBMIT", "ACCEPT", "RETURN", "REOPEN"] as const).filter(needsReason)).toEqual([
      "RETURN",
      "REOPEN",
    ]);
  });
});

describe("a 回访 finding of resumed production", () => {
  const office = { role: "OFFICE" as const, unitId: null, leadDimensions: [] };
  const c = {
    status: "ACCEPTED" as const,
    unitId: 1,
    dimensions: ["ENVIRONMENT" as const],
    category: "ELIMINATION" as const,
  };
  it("reopens the accepted case to 整治中 when the office or the case's department records it, like REOPEN", () => {
    expect(decideRelapse(office, c)).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(decideRelapse(office, c)).toEqual(decide("REOPEN", office, c));
    expect(decideRelapse({ role: "DEPARTMENT", unitId: null, leadDimensions: ["ENVIRONMENT"] }, c).ok).toBe(true);
    expect(decideRelapse(office, { ...c, status: "IN_PROGRESS" })).toEqual({
      ok: false,
      reason: "只有已验收的整治对象才能撤销验收",
    });
  });
  it("is not the owning township's to record (it may only accompany), nor a department's outside its remit", () => {
    expect(decideRelapse({ role: "TOWNSHIP", unitId: 1, leadDimensions: [] }, c).ok).toBe(false);
    expect(decideRelapse({ role: "DEPARTMENT", unitId: null, leadDimensions: ["SAFETY"] }, c).ok).toBe(false);
  });
});

describe("a change to an open case", () => {
  it("starts a registered case and leaves the other states as they are", () => {
    expect(statusAfterChange("REGISTERED")).toBe("IN_PROGRESS");
    expect(statusAfterChange("IN_PROGRESS")).toBe("IN_PROGRESS");
    expect(statusAfterChange("RETURNED")).toBe("RETURNED");
  });
});
