import { describe, expect, it } from "vitest";

import { ROLES } from "@/lib/areas";
import {
  acknowledgesNotices,
  actsForUnit,
  answersReferrals,
  followsReferrals,
  mayEditProductionLicence,
  mayEditUnit,
  mayRecordReturnVisit,
  readsOwnUnitOnly,
  readsWholeDistrict,
  recordsTaskProgress,
  runsCampaign,
  worksInRemit,
} from "@/lib/rights";

const who = (q: (a: { role: (typeof ROLES)[number] }) => boolean) => ROLES.filter((role) => q({ role }));

describe("what each role is shown", () => {
  it("names the roles behind each question", () => {
    expect(who(runsCampaign)).toEqual(["OFFICE"]);
    expect(who(readsWholeDistrict)).toEqual(["OFFICE", "LEADER"]);
    expect(who(readsOwnUnitOnly)).toEqual(["TOWNSHIP"]);
    expect(who(worksInRemit)).toEqual(["DEPARTMENT"]);
    expect(who(answersReferrals)).toEqual(["EXPERT"]);
    expect(who(followsReferrals)).toEqual(["OFFICE", "LEADER", "DEPARTMENT"]);
    expect(who(recordsTaskProgress)).toEqual(["DEPARTMENT", "TOWNSHIP"]);
    expect(who(acknowledgesNotices)).toEqual(["TOWNSHIP"]);
  });
});

describe("acting for a unit", () => {
  const township = { role: "TOWNSHIP" as const, unitId: 5 };
  const office = { role: "OFFICE" as const, unitId: null };
  const department = { role: "DEPARTMENT" as const, unitId: null };

  it("is the unit's own township officer only", () => {
    expect(actsForUnit(township, 5)).toBe(true);
    expect(actsForUnit(township, 6)).toBe(false);
    expect(actsForUnit({ role: "TOWNSHIP", unitId: null }, 5)).toBe(false);
    expect(actsForUnit(office, 5)).toBe(false);
  });
  it("lets the office edit any unit's contact and a township its own", () => {
    expect(mayEditUnit(office, 6)).toBe(true);
    expect(mayEditUnit(township, 5)).toBe(true);
    expect(mayEditUnit(township, 6)).toBe(false);
    expect(mayEditUnit(department, 5)).toBe(false);
  });
  it("lets the licence office edit a production licence like the office and the case's township", () => {
    expect(mayEditProductionLicence(department, 5, false)).toBe(false);
    expect(mayEditProductionLicence(department, 5, true)).toBe(true);
    expect(mayEditProductionLicence(township, 5, false)).toBe(true);
    expect(mayEditProductionLicence(township, 6, false)).toBe(false);
    expect(mayEditProductionLicence(office, 6, false)).toBe(true);
  });
  it("records a return visit once, by the office or the department — not the visited enterprise's township", () => {
    const visitCase = { unitId: 5, category: "ELIMINATION" as const, dimensions: ["ENERGY" as const] };
    const ownTownship = { role: "TOWNSHIP" as const, unitId: 5, leadDimensions: [] };
    const office = { role: "OFFICE" as const, unitId: null, leadDimensions: [] };
    expect(mayRecordReturnVisit(office, { result: null, case: visitCase })).toBe(true);
    expect(mayRecordReturnVisit(office, { result: "COMPLIANT", case: visitCase })).toBe(false);
    expect(mayRecordReturnVisit(ownTownship, { result: null, case: visitCase })).toBe(false);
    const energy = { role: "DEPARTMENT" as const, unitId: null, leadDimensions: ["ENERGY" as const] };
    expect(mayRecordReturnVisit(energy, { result: null, case: visitCase })).toBe(true);
  });
});
