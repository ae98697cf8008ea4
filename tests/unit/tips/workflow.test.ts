import { describe, expect, it } from "vitest";

import {
  availableTipActions,
  decideTip,
  isNamed,
  newTipReference,
  TIP_REFERENCE,
  type TipActor,
  type TipState,
} from "@/lib/tips/workflow";

const office: TipActor = { role: "OFFICE", unitId: null, departmentId: null };
const gulin: TipActor = { role: "TOWNSHIP", unitId: 2, departmentId: null };
const jishigang: TipActor = { role: "TOWNSHIP", unitId: 1, departmentId: null };
const sthj: TipActor = { role: "DEPARTMENT", unitId: null, departmentId: 5 };
const leader: TipActor = { role: "LEADER", unitId: null, departmentId: null };

const tip = (over: Partial<TipState> = {}): TipState => ({
  status: "RECEIVED",
  unitId: null,
  departmentId: null,
  reporterName: null,
  reporterPhone: null,
  outcome: null,
  enterpriseId: null,
  caseId: null,
  ...over,
});
const assigned = (over: Partial<TipState> = {}) => tip({ status: "ASSIGNED", unitId: 2, ...over });

describe("tip workflow", () => {
  it("only the office assigns, and re-assigns until the verification is in", () => {
    expect(decideTip("ASSIGN", office, tip())).toEqual({ ok: true, to: "ASSIGNED" });
    expect(decideTip("ASSIGN", office, assigned())).toEqual({ ok: true, to: "ASSIGNED" });
    expect(decideTip("ASSIGN", office, assigned({ status: "VERIFIED" })).ok).toBe(false);
    expect(decideTip("ASSIGN", gulin, tip()).ok).toBe(false);
    expect(decideTip("ASSIGN", leader, tip()).ok).toBe(false);
  });

  it("only the assigned unit or department verifies, and only while it is being verified", () => {
    expect(decideTip("VERIFY", gulin, assigned())).toEqual({ ok: true, to: "VERIFIED" });
    expect(decideTip("VERIFY", jishigang, assigned()).ok).toBe(false);
    expect(decideTip("VERIFY", office, assigned()).ok).toBe(false);
    expect(decideTip("VERIFY", sthj, assigned()).ok).toBe(false);
    expect(decideTip("VERIFY", sthj, assigned({ departmentId: 5 }))).toEqual({ ok: true, to: "VERIFIED" });
    expect(decideTip("VERIFY", gulin, assigned({ status: "VERIFIED" })).ok).toBe(false);
    expect(decideTip("VERIFY", gulin, tip({ unitId: 2 })).ok).toBe(false);
  });

  it("强化举报核查: every tip, named or anonymous, closes through CLOSE only after verification", () => {
    const refusal = {
      ok: false,
      reason: "举报须先核查，录入核查结果后才能办结（匿名举报线索不足的可按“无法核查”办结）",
    };
    expect(decideTip("CLOSE", office, assigned({ reporterPhone: "13800000000" }))).toEqual(refusal);
    expect(decideTip("CLOSE", office, assigned())).toEqual(refusal);
    expect(decideTip("CLOSE", office, tip())).toEqual(refusal);
    expect(decideTip("CLOSE", office, tip({ reporterName: "张三" })).ok).toBe(false);
    expect(decideTip("CLOSE", office, assigned({ reporterName: "张三", status: "VERIFIED" }))).toEqual({
      ok: true,
      to: "CLOSED",
    });
    expect(decideTip("CLOSE", office, assigned({ status: "VERIFIED" }))).toEqual({ ok: true, to: "CLOSED" });
    expect(decideTip("CLOSE", office, tip({ status: "CLOSED" })).ok).toBe(false);
    expect(decideTip("CLOSE", gulin, assigned({ status: "VERIFIED" })).ok).toBe(false);
  });

  it("无法核查: only the office, only an anonymous tip not yet verified or closed", () => {
    expect(decideTip("CLOSE_UNVERIFIABLE", office, tip())).toEqual({ ok: true, to: "CLOSED" });
    expect(decideTip("CLOSE_UNVERIFIABLE", office, assigned())).toEqual({ ok: true, to: "CLOSED" });
    expect(decideTip("CLOSE_UNVERIFIABLE", office, tip({ reporterName: "张三" }))).toEqual({
      ok: false,
      reason: "实名举报可以联系举报人补充线索，须核查后办结",
    });
    expect(decideTip("CLOSE_UNVERIFIABLE", office, assigned({ reporterPhone: "13800000000" })).ok).toBe(false);
    expect(decideTip("CLOSE_UNVERIFIABLE", office, assigned({ status: "VERIFIED" }))).toEqual({
      ok: false,
      reason: "该举报已核查，请按核查结果办结",
    });
    expect(decideTip("CLOSE_UNVERIFIABLE", office, tip({ status: "CLOSED" }))).toEqual({
      ok: false,
      reason: "该举报已办结",
    });
    for (const actor of [gulin, sthj, leader])
      expect(decideTip("CLOSE_UNVERIFIABLE", actor, assigned({ departmentId: 5 })).ok).toBe(false);
  });

  it("a case is opened by the assigned township, from a tip verified true or partly true about an unregistered enterprise", () => {
    const verified = assigned({ status: "VERIFIED", outcome: "TRUE" });
    expect(decideTip("OPEN_CASE", gulin, verified).ok).toBe(true);
    expect(decideTip("OPEN_CASE", gulin, { ...verified, outcome: "PARTLY_TRUE" }).ok).toBe(true);
    expect(decideTip("OPEN_CASE", gulin, { ...verified, outcome: "FALSE" }).ok).toBe(false);
    expect(decideTip("OPEN_CASE", gulin, { ...verified, enterpriseId: "e1" }).ok).toBe(false);
    expect(decideTip("OPEN_CASE", gulin, { ...verified, caseId: "c1" }).ok).toBe(false);
    expect(decideTip("OPEN_CASE", jishigang, verified).ok).toBe(false);
    expect(decideTip("OPEN_CASE", office, verified).ok).toBe(false);
    expect(decideTip("OPEN_CASE", sthj, { ...verified, departmentId: 5 }).ok).toBe(false);
    expect(decideTip("OPEN_CASE", gulin, { ...verified, status: "CLOSED" }).ok).toBe(false);
  });

  it("offers each user only what they may do", () => {
    expect(availableTipActions(office, assigned())).toEqual(["ASSIGN", "CLOSE_UNVERIFIABLE"]);
    expect(availableTipActions(office, assigned({ reporterName: "张三" }))).toEqual(["ASSIGN"]);
    expect(availableTipActions(office, assigned({ status: "VERIFIED" }))).toEqual(["CLOSE"]);
    expect(availableTipActions(gulin, assigned())).toEqual(["VERIFY"]);
    expect(availableTipActions(leader, assigned())).toEqual([]);
  });

  it("a tip with a name or a phone number is named", () => {
    expect(isNamed({ reporterName: null, reporterPhone: null })).toBe(false);
    expect(isNamed({ reporterName: "", reporterPhone: null })).toBe(false);
    expect(isNamed({ reporterName: null, reporterPhone: "138" })).toBe(true);
  });

  it("reference numbers carry the Beijing date and ten characters without look-alikes", () => {
    let i = 0;
    const ref = newTipReference(new Date("2020-06-30T17:00:00Z"), (n) => i++ % n);
    expect(ref).toBe("JB20200701-23456789AB");
    expect(ref).toMatch(TIP_REFERENCE);
    expect("JB20200701-0O1IL23456").not.toMatch(TIP_REFERENCE);
  });
});
