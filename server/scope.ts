import "server-only";

import { canSee } from "@/lib/areas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import { STEEL_LINE_CODE } from "@/lib/steel/rules";
import type { SessionUser } from "@/server/session";

// The one place a user's reach is turned into query filters. Data functions AND these into every
// `where`, so an out-of-scope id simply is not found. Whether a role sees an area at all is read from
// the areas table (lib/areas.ts), never decided here again.
//
// Every scope is within the user's district first (docs/domain.md §市级): a district's users never reach
// another district's rows — an id of another district is not found, as another unit's is for a township.
// A city account (no district) reaches no district's rows through these scopes; the city pages read the
// districts through server/city only.

/** The user's district, or none (-1 matches no row) for a city account. */
export function districtOf(user: Pick<SessionUser, "districtId">): number {
  return user.districtId ?? -1;
}

/** Campaigns (years) of the user's district. */
export function campaignScope(user: Pick<SessionUser, "districtId">): Prisma.CampaignWhereInput {
  return { districtId: districtOf(user) };
}

/** Departments of the user's district. */
export function departmentScope(user: Pick<SessionUser, "districtId">): Prisma.DepartmentWhereInput {
  return { districtId: districtOf(user) };
}

/** Accounts of the user's district (用户管理): never a city account, never another district's. */
export function userAdminScope(user: Pick<SessionUser, "districtId">): Prisma.UserWhereInput {
  return { districtId: districtOf(user) };
}

/** Audit entries of the user's district. */
export function auditScope(user: Pick<SessionUser, "districtId">): Prisma.AuditLogWhereInput {
  return { districtId: districtOf(user) };
}

/** Enterprises of the user's district (through their unit). */
export function enterpriseDistrictScope(user: Pick<SessionUser, "districtId">): Prisma.EnterpriseWhereInput {
  return { unit: { districtId: districtOf(user) } };
}

/** Outgoing e-mails and robot messages (通知投递) of the user's district: its accounts' and its units' settings. */
export function deliveryScope(user: Pick<SessionUser, "districtId">): Prisma.NotificationDeliveryWhereInput {
  const districtId = districtOf(user);
  return { setting: { OR: [{ user: { districtId } }, { unit: { districtId } }] } };
}

const inDistrictCampaign = (user: SessionUser) => ({ campaign: campaignScope(user) });
const inDistrictUnit = (user: SessionUser) => ({ unit: { districtId: districtOf(user) } });

/** Units a user may read: a township officer only their own. */
export function unitScope(user: SessionUser): Prisma.UnitWhereInput {
  return user.role === "TOWNSHIP"
    ? { id: user.unitId ?? -1, districtId: districtOf(user) }
    : { districtId: districtOf(user) };
}

/** Units a user may edit (contact person): the office any, a township officer their own. */
export function unitEditScope(user: SessionUser): Prisma.UnitWhereInput {
  if (user.role === "OFFICE") return { districtId: districtOf(user) };
  if (user.role === "TOWNSHIP") return { id: user.unitId ?? -1, districtId: districtOf(user) };
  return { id: -1 };
}

/**
 * Task lines a user may read: everyone in the tasks area reads every line (信息共享; a township sees
 * only its own part of each — see taskProgressReadScope).
 */
export function taskLineScope(user: SessionUser): Prisma.TaskLineWhereInput {
  if (!canSee(user.role, "tasks")) return { id: -1 };
  return inDistrictCampaign(user);
}

/** Task lines a user leads: a department those it leads (T9: both leads), the office all — they set unit shares and confirm contributions. */
export function taskLineLeadScope(user: SessionUser): Prisma.TaskLineWhereInput {
  if (user.role === "OFFICE") return inDistrictCampaign(user);
  if (user.role === "DEPARTMENT")
    return { ...inDistrictCampaign(user), leads: { some: { departmentId: user.departmentId ?? -1 } } };
  return { id: -1 };
}

/**
 * Task lines a user may record progress on: a department the lines it leads; a township every line
 * ("以下工作均需各镇（乡）、街道、园区落实"), as its own unit's contribution.
 */
export function taskLineWriteScope(user: SessionUser): Prisma.TaskLineWhereInput {
  if (user.role === "DEPARTMENT") return taskLineLeadScope(user);
  if (user.role === "TOWNSHIP" && user.unitId !== null) return inDistrictCampaign(user);
  return { id: -1 };
}

/** Entries of a line a user may read: a township only its own unit's contributions; others all. */
export function taskProgressReadScope(user: SessionUser): Prisma.TaskProgressWhereInput {
  const district = { taskLine: inDistrictCampaign(user) };
  return user.role === "TOWNSHIP" ? { ...district, unitId: user.unitId ?? -1 } : district;
}

/** Unit contributions a user may confirm or return: those on lines they lead (the office: all). */
export function contributionReviewScope(user: SessionUser): Prisma.TaskProgressWhereInput {
  return { unitId: { not: null }, taskLine: taskLineLeadScope(user) };
}

/** Task lines whose target or deadline a user may adjust: the office only. */
export function taskLineAdjustScope(user: SessionUser): Prisma.TaskLineWhereInput {
  return user.role === "OFFICE" ? inDistrictCampaign(user) : { id: -1 };
}

/**
 * Progress entries a user may correct (and attach files to): a department its own entries on a line it
 * still leads; a township its unit's contributions not yet confirmed (pending, or returned to correct).
 */
export function taskProgressEditScope(user: SessionUser): Prisma.TaskProgressWhereInput {
  if (user.role === "DEPARTMENT") return { authorId: user.id, unitId: null, taskLine: taskLineWriteScope(user) };
  if (user.role === "TOWNSHIP" && user.unitId !== null) {
    return { unitId: user.unitId, status: { in: ["PENDING", "RETURNED"] }, taskLine: taskLineWriteScope(user) };
  }
  return { id: "" };
}

/** Ledger enterprises a user may name on a task-line entry: a department any (it works district-wide), a township its own unit's. */
export function taskEnterpriseScope(user: SessionUser): Prisma.EnterpriseWhereInput {
  if (user.role === "DEPARTMENT") return inDistrictUnit(user);
  if (user.role === "TOWNSHIP") return { ...inDistrictUnit(user), unitId: user.unitId ?? -1 };
  return { id: "" };
}

/**
 * Cases a user may read: a township its unit's; the office, the leader and departments all
 * (加强各职能部门间信息共享 — a department reads the whole ledger; what it may change is caseWriteScope).
 */
export function caseScope(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "TOWNSHIP") return { ...inDistrictCampaign(user), unitId: user.unitId ?? -1 };
  // (行业专家意见) An expert reads no case through the case pages and files: only what was referred (referredCaseScope).
  if (user.role === "EXPERT") return { id: "" };
  return inDistrictCampaign(user);
}

// ——— expert opinions (行业专家意见) ———

/** Referrals a user may read: an expert those addressed to them and not withdrawn; the office, the leader and departments all; a township none. */
export function referralScope(user: SessionUser): Prisma.ExpertReferralWhereInput {
  if (user.role === "EXPERT") return { ...inDistrictCampaign(user), expertId: user.id, withdrawnAt: null };
  if (user.role === "TOWNSHIP") return { id: "" };
  return inDistrictCampaign(user);
}

/** Cases whose evidence an expert may open: those referred to them (not withdrawn). */
export function referredCaseScope(user: SessionUser): Prisma.CaseWhereInput {
  return { ...inDistrictCampaign(user), expertReferrals: { some: { expertId: user.id, withdrawnAt: null } } };
}

/** Cases whose evidence files a user may open: whoever may read the case, and an expert the cases referred to them. */
export function evidenceCaseScope(user: SessionUser): Prisma.CaseWhereInput {
  return user.role === "EXPERT" ? referredCaseScope(user) : caseScope(user);
}

/**
 * Cases within a user's remit, for acting on them and for the review queue: a township its unit's, a
 * department those in the dimensions it leads — on 产业政策 only those assigned to it or to no department
 * (lib/cases/workflow.ts isReviewer, lib/cases/policy-department.ts reviewsPolicySide).
 */
export function caseWriteScope(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "DEPARTMENT") {
    const remit: Prisma.CaseWhereInput[] = [
      { dimensions: { hasSome: user.leadDimensions.filter((d) => d !== "INDUSTRIAL_POLICY") } },
    ];
    if (user.leadDimensions.includes("INDUSTRIAL_POLICY"))
      remit.push({
        dimensions: { has: "INDUSTRIAL_POLICY" },
        OR: [{ policyDepartmentId: null }, { policyDepartmentId: user.departmentId ?? -1 }],
      });
    return { ...inDistrictCampaign(user), OR: remit };
  }
  return caseScope(user);
}

/** Attachments of task-progress entries a user may read: those on entries they may read. */
export function taskAttachmentScope(user: SessionUser): Prisma.TaskAttachmentWhereInput {
  return { progress: { AND: [{ taskLine: taskLineScope(user) }, taskProgressReadScope(user)] } };
}

/**
 * Whose case figures a user may read on the dashboard and in the exports, optionally narrowed to one
 * unit: the office, the leader and departments (各部门及时了解、掌握工作进展, read-only) any unit or the
 * whole district (no unitId), a township officer only their own unit; null (refused) for another unit
 * and for roles outside the "reports" area.
 */
export function caseFiguresScope(user: SessionUser, requestedUnitId?: number): { unitId?: number } | null {
  if (!canSee(user.role, "reports")) return null;
  if (user.role === "OFFICE" || user.role === "LEADER" || user.role === "DEPARTMENT")
    return requestedUnitId === undefined ? {} : { unitId: requestedUnitId };
  if (
    user.role === "TOWNSHIP" &&
    user.unitId !== null &&
    (requestedUnitId === undefined || requestedUnitId === user.unitId)
  ) {
    return { unitId: user.unitId };
  }
  return null;
}

/**
 * 淘汰设备清单: the cases (of a campaign, ELIMINATION ones) whose equipment a user may list, optionally one
 * unit: the office and the leader the district; a department the eliminations in its remit — leading
 * 产业政策 (T9 淘汰类装备: 区发改局, 区经信局) every one, otherwise those in a dimension it leads; a
 * township its own unit. Null (refused) for another unit and for roles outside the "reports" area.
 */
export function equipmentListScope(user: SessionUser, requestedUnitId?: number): Prisma.CaseWhereInput | null {
  const figures = caseFiguresScope(user, requestedUnitId);
  if (!figures) return null;
  const unit = figures.unitId === undefined ? {} : { unitId: figures.unitId };
  if (user.role === "DEPARTMENT" && !user.leadDimensions.includes("INDUSTRIAL_POLICY"))
    return { AND: [unit, caseWriteScope(user)] };
  return { ...inDistrictCampaign(user), ...unit };
}

/** 举报 a user may read: the office and the leader all, a township those assigned to its unit, a department those assigned to it. */
export function tipScope(user: SessionUser): Prisma.TipWhereInput {
  if (!canSee(user.role, "tips")) return { id: "" }; // an expert reads no tip
  const district = { districtId: districtOf(user) };
  if (user.role === "TOWNSHIP") return { ...district, unitId: user.unitId ?? -1 };
  if (user.role === "DEPARTMENT") return { ...district, departmentId: user.departmentId ?? -1 };
  return district;
}

/**
 * 回访 (return visits) a user may read: a township its own unit's; a department those of the cases in its
 * remit, read-only — a department leading 产业政策 (T9 淘汰类装备, 区发改局 and 区经信局) every one, since
 * every return visit follows an ELIMINATION case, and any department the visits of cases in a dimension it
 * leads (the cases it may accept, caseWriteScope); the office and the leader all.
 */
export function returnVisitScope(user: SessionUser): Prisma.ReturnVisitWhereInput {
  if (!canSee(user.role, "returnVisits")) return { id: "" };
  const district = inDistrictUnit(user);
  if (user.role === "TOWNSHIP") return { ...district, unitId: user.unitId ?? -1 };
  if (user.role === "DEPARTMENT") {
    if (user.leadDimensions.includes("INDUSTRIAL_POLICY")) return { ...district, case: { category: "ELIMINATION" } };
    return { ...district, case: caseWriteScope(user) };
  }
  return district;
}

/**
 * T10 钢铁行业巡查 a user may read: everyone in the tasks area (信息共享), a township only the inspections
 * of enterprises in its own unit.
 */
export function steelInspectionScope(user: SessionUser): Prisma.SteelInspectionWhereInput {
  if (!canSee(user.role, "tasks")) return { id: "" };
  if (user.role === "TOWNSHIP") return { ...inDistrictUnit(user), unitId: user.unitId ?? -1 };
  return inDistrictUnit(user);
}

/** The T10 lines a user records steel inspections on: those they lead (区发改局), the office any. */
export function steelLineWriteScope(user: SessionUser): Prisma.TaskLineWhereInput {
  return { AND: [taskLineLeadScope(user), { code: STEEL_LINE_CODE }] };
}

/** A user's own notifications. */
export function notificationScope(user: SessionUser): Prisma.NotificationWhereInput {
  return { recipientId: user.id };
}

/** 通报 and 约谈 a user may read: a township those naming its unit; others in the area all. */
export function noticeScope(user: SessionUser): Prisma.SupervisionNoticeWhereInput {
  if (!canSee(user.role, "supervision")) return { id: "" };
  if (user.role === "TOWNSHIP") return { ...inDistrictCampaign(user), units: { some: { unitId: user.unitId ?? -1 } } };
  return inDistrictCampaign(user);
}

/** The named-unit rows of a notice a user may see: a township only its own. */
export function noticeUnitScope(user: SessionUser): Prisma.SupervisionNoticeUnitWhereInput {
  return user.role === "TOWNSHIP" ? { ...inDistrictUnit(user), unitId: user.unitId ?? -1 } : inDistrictUnit(user);
}

/** 联合惩戒 entries: those in the area (the office alone) compile and export the list. */
export function punishmentCaseScope(user: SessionUser): Prisma.CaseWhereInput {
  return canSee(user.role, "punishment") ? inDistrictCampaign(user) : { id: "" };
}

// 监督检查: the office and the leader read everything; a department the rounds it takes part in (and
// their findings); a township the rounds covering its unit and only its own unit's findings; anyone else
// (the expert) nothing here.

/** Rounds a user may read. */
export function roundScope(user: SessionUser): Prisma.InspectionRoundWhereInput {
  if (!canSee(user.role, "inspections")) return { id: "" };
  const district = inDistrictCampaign(user);
  if (user.role === "DEPARTMENT")
    return { ...district, departments: { some: { departmentId: user.departmentId ?? -1 } } };
  if (user.role === "TOWNSHIP") return { ...district, units: { some: { unitId: user.unitId ?? -1 } } };
  return district;
}

/** Rounds a user may record findings in: the office all, a department those it takes part in. */
export function roundRecordScope(user: SessionUser): Prisma.InspectionRoundWhereInput {
  if (user.role === "OFFICE") return inDistrictCampaign(user);
  if (user.role === "DEPARTMENT") return roundScope(user);
  return { id: "" };
}

/** Findings a user may read. */
export function findingScope(user: SessionUser): Prisma.InspectionFindingWhereInput {
  if (!canSee(user.role, "inspections")) return { id: "" };
  if (user.role === "DEPARTMENT") return { round: roundScope(user) };
  if (user.role === "TOWNSHIP") return { ...inDistrictUnit(user), unitId: user.unitId ?? -1 };
  return { round: roundScope(user) };
}

/** Files of the findings a user may read. */
export function findingFileScope(user: SessionUser): Prisma.InspectionFindingFileWhereInput {
  return { finding: findingScope(user) };
}

// 评价考核

/**
 * Whose scores a user may see for a target: the office and the leader every unit and department; a
 * township officer only its own unit's row (with its own rank, never the others'), a department only
 * its own; anyone else (and a township asking for departments) nothing. Applied to every query here.
 */
export function assessmentScope(
  user: Pick<SessionUser, "role" | "unitId" | "departmentId">,
  target: AssessmentTarget,
): { subjectId: number | null } | null {
  if (user.role === "OFFICE" || user.role === "LEADER") return { subjectId: null };
  if (user.role === "TOWNSHIP" && target === "UNIT" && user.unitId !== null) return { subjectId: user.unitId };
  if (user.role === "DEPARTMENT" && target === "DEPARTMENT" && user.departmentId !== null)
    return { subjectId: user.departmentId };
  return null;
}
