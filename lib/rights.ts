// What a signed-in user may do or is shown, asked by pages and components so that no page restates a
// role. Which areas a role reaches is the areas table (lib/areas.ts); which rows it reaches is
// server/scope.ts; the server actions decide again with the domain rules. These are the questions the
// pages ask to choose a title, a list's columns or whether to show a form.
import type { Role } from "@/lib/generated/prisma/enums";
import { decideRecordReturnVisit, type VisitActor, type VisitCase } from "@/lib/return-visits/rules";

type Actor = { role: Role };
type UnitActor = { role: Role; unitId: number | null };

/** The office (区工强办) runs the campaign: it plans, schedules, corrects and adjusts for the whole district. */
export function runsCampaign(a: Actor): boolean {
  return a.role === "OFFICE";
}

/** The office and the leader read the whole district; the others their own unit's or their remit's part. */
export function readsWholeDistrict(a: Actor): boolean {
  return a.role === "OFFICE" || a.role === "LEADER";
}

/** The city office (市工强办) sets the districts' yearly targets; the city leader reads them (docs/domain.md §市级). */
export function setsDistrictTargets(a: Actor): boolean {
  return a.role === "CITY_OFFICE";
}

/** The city office (市工强办) issues city 通报 to lagging districts; the city leader reads them (docs/domain.md §市级). */
export function issuesCityCirculars(a: Actor): boolean {
  return a.role === "CITY_OFFICE";
}

/** The city office (市工强办) scores the districts in the city's 评价考核 and publishes; the city leader reads (docs/domain.md §市级). */
export function scoresDistricts(a: Actor): boolean {
  return a.role === "CITY_OFFICE";
}

/** A district office signs for (签收) the city 通报 addressed to its district; its leader reads them. */
export function acknowledgesCityCirculars(a: Actor): boolean {
  return a.role === "OFFICE";
}

/** A township officer reads and records its own unit's part only (server/scope.ts narrows the rows to it). */
export function readsOwnUnitOnly(a: Actor): boolean {
  return a.role === "TOWNSHIP";
}

/** Whether a user acts for this unit: the unit's own township officer. */
export function actsForUnit(a: UnitActor, unitId: number): boolean {
  return a.role === "TOWNSHIP" && a.unitId !== null && a.unitId === unitId;
}

/** A department works within its remit: the dimensions and task lines it leads. */
export function worksInRemit(a: Actor): boolean {
  return a.role === "DEPARTMENT";
}

/** An expert answers the questions referred to them and reads nothing else of the campaign. */
export function answersReferrals(a: Actor): boolean {
  return a.role === "EXPERT";
}

/** Who follows expert referrals and their opinions on a case or finding: the office, the leader and the departments. */
export function followsReferrals(a: Actor): boolean {
  return a.role === "OFFICE" || a.role === "LEADER" || a.role === "DEPARTMENT";
}

/** Who records task-line progress and names ledger enterprises on it: a lead department and a township (server/scope.ts taskLineWriteScope). */
export function recordsTaskProgress(a: Actor): boolean {
  return a.role === "DEPARTMENT" || a.role === "TOWNSHIP";
}

/** A unit's contact details: the office for any unit, a township officer their own (server/scope.ts unitEditScope). */
export function mayEditUnit(a: UnitActor, unitId: number): boolean {
  return runsCampaign(a) || actsForUnit(a, unitId);
}

/** 单位管理: the office adds its district's units and renames or reorders them (server/units/actions). */
export function managesUnits(a: Actor): boolean {
  return runsCampaign(a);
}

/** An enterprise's production licence, from its case: the office, the case's own township, and the licence office. */
export function mayEditProductionLicence(a: UnitActor, caseUnitId: number, licenceOffice: boolean): boolean {
  return runsCampaign(a) || actsForUnit(a, caseUnitId) || licenceOffice;
}

/** A 回访 result is recorded once, by the office or a department in whose remit the case lies (lib/return-visits/rules.ts). */
export function mayRecordReturnVisit(a: VisitActor, visit: { result: unknown; case: VisitCase }): boolean {
  return decideRecordReturnVisit(a, visit.case, visit.result !== null).ok;
}

/** 通报与约谈 are acknowledged by the townships they are addressed to (the notices list holds only their own). */
export function acknowledgesNotices(a: Actor): boolean {
  return a.role === "TOWNSHIP";
}
