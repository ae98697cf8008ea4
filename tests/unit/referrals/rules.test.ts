import { describe, expect, it } from "vitest";

import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import {
  mayAnswer,
  mayBeReferredTo,
  mayReferCase,
  mayReferFinding,
  mayWithdraw,
  OPINION_REQUIRED_MESSAGE,
  opinionGate,
  referralState,
} from "@/lib/referrals/rules";

const office = { role: "OFFICE" as Role, unitId: null, leadDimensions: [], departmentId: 1 };
const fgj = { role: "DEPARTMENT" as Role, unitId: null, leadDimensions: ["ENERGY" as const], departmentId: 2 };
const yjgl = { role: "DEPARTMENT" as Role, unitId: null, leadDimensions: ["SAFETY" as const], departmentId: 3 };
const township = { role: "TOWNSHIP" as Role, unitId: 7, leadDimensions: [], departmentId: null };
const leader = { role: "LEADER" as Role, unitId: null, leadDimensions: [], departmentId: null };
const expert = { role: "EXPERT" as Role, unitId: null, leadDimensions: [], departmentId: null, id: "expert1" };
const energyCase = (status: CaseStatus = "SUBMITTED") => ({ unitId: 7, status, dimensions: ["ENERGY" as const] });

const open = { answeredAt: null, withdrawnAt: null };
const answered = { answeredAt: new Date("2020-06-02"), withdrawnAt: null };
const withdrawn = { answeredAt: null, withdrawnAt: new Date("2020-06-02") };

describe("who may refer a case to an expert", () => {
  it("the office, any case in any state", () => {
    for (const s of ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED"] as const)
      expect(mayReferCase(office, energyCase(s)).ok).toBe(true);
  });

  it("a department only for a case in the dimensions it leads (its review remit)", () => {
    expect(mayReferCase(fgj, energyCase()).ok).toBe(true);
    expect(mayReferCase(yjgl, energyCase())).toEqual({
      ok: false,
      reason: "该整治对象不在本部门职责范围内，不能咨询专家",
    });
    expect(mayReferCase(yjgl, { ...energyCase(), dimensions: ["ENERGY", "SAFETY"] }).ok).toBe(true);
  });

  it("never a township (not even its own case), the leader or an expert", () => {
    for (const actor of [township, leader, expert])
      expect(mayReferCase(actor, energyCase())).toEqual({ ok: false, reason: "您的账号无权咨询专家" });
  });
});

describe("who may refer an inspection finding", () => {
  const finding = { status: "OPEN" as const, departmentId: 2, roundDepartmentIds: [2, 4] };
  it("the office and the departments of the finding or its round, until it is closed", () => {
    expect(mayReferFinding(office, finding).ok).toBe(true);
    expect(mayReferFinding(fgj, finding).ok).toBe(true);
    expect(mayReferFinding({ role: "DEPARTMENT", departmentId: 4 }, { ...finding, departmentId: null }).ok).toBe(true);
    expect(mayReferFinding(yjgl, finding).ok).toBe(false);
    expect(mayReferFinding(office, { ...finding, status: "CLOSED" })).toEqual({
      ok: false,
      reason: "该问题已销号，不能再咨询专家",
    });
    expect(mayReferFinding(township, finding).ok).toBe(false);
  });
});

describe("the expert chosen", () => {
  it("must be an active EXPERT account", () => {
    expect(mayBeReferredTo({ role: "EXPERT", active: true }).ok).toBe(true);
    expect(mayBeReferredTo({ role: "EXPERT", active: false }).ok).toBe(false);
    expect(mayBeReferredTo({ role: "DEPARTMENT", active: true }).ok).toBe(false);
  });
});

describe("a referral's life", () => {
  it("is open, answered or withdrawn", () => {
    expect([open, answered, withdrawn].map(referralState)).toEqual(["OPEN", "ANSWERED", "WITHDRAWN"]);
  });

  it("is answered once, by the expert addressed only", () => {
    expect(mayAnswer(expert, { ...open, expertId: "expert1" }).ok).toBe(true);
    expect(mayAnswer(expert, { ...answered, expertId: "expert1" })).toEqual({
      ok: false,
      reason: "该咨询已答复，意见不能再修改",
    });
    expect(mayAnswer(expert, { ...withdrawn, expertId: "expert1" })).toEqual({ ok: false, reason: "该咨询已撤回" });
    expect(mayAnswer({ id: "expert2", role: "EXPERT" }, { ...open, expertId: "expert1" }).ok).toBe(false);
    // Even an account id that matches but is no longer an expert.
    expect(mayAnswer({ id: "expert1", role: "OFFICE" }, { ...open, expertId: "expert1" }).ok).toBe(false);
  });

  it("is withdrawn before the answer by the office or the referring department", () => {
    expect(mayWithdraw(office, { ...open, departmentId: 2 }).ok).toBe(true);
    expect(mayWithdraw(fgj, { ...open, departmentId: 2 }).ok).toBe(true);
    expect(mayWithdraw(yjgl, { ...open, departmentId: 2 })).toEqual({ ok: false, reason: "只有咨询单位可以撤回" });
    expect(mayWithdraw(fgj, { ...open, departmentId: null }).ok).toBe(false);
    expect(mayWithdraw(office, { ...answered, departmentId: null })).toEqual({
      ok: false,
      reason: "专家已答复，不能撤回",
    });
    expect(mayWithdraw(office, { ...withdrawn, departmentId: null }).ok).toBe(false);
    expect(mayWithdraw(expert, { ...open, departmentId: null }).ok).toBe(false);
  });
});

describe("the campaign's gate on accepting", () => {
  const required = { expertOpinionRequired: true };
  it("passes when the campaign does not require an opinion, and for RECTIFICATION cases", () => {
    expect(opinionGate({ category: "ELIMINATION" }, { expertOpinionRequired: false }, []).ok).toBe(true);
    expect(opinionGate({ category: "RECTIFICATION" }, required, []).ok).toBe(true);
  });

  it("refuses an ELIMINATION case without an answered, not withdrawn opinion", () => {
    expect(opinionGate({ category: "ELIMINATION" }, required, [])).toEqual({
      ok: false,
      reason: OPINION_REQUIRED_MESSAGE,
    });
    expect(opinionGate({ category: "ELIMINATION" }, required, [open, withdrawn]).ok).toBe(false);
    expect(opinionGate({ category: "ELIMINATION" }, required, [open, answered]).ok).toBe(true);
  });
});
