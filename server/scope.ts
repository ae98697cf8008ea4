import "server-only";
import { canSee } from "@/lib/areas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/server/session";

// The one place a user's reach is turned into query filters. Data functions AND these into every
// `where`, so an out-of-scope id simply is not found. Whether a role sees an area at all is read from
// the areas table (lib/areas.ts), never decided here again.

/** Units a user may read: a township officer only their own. */
export function unitScope(user: SessionUser): Prisma.UnitWhereInput {
  return user.role === "TOWNSHIP" ? { id: user.unitId ?? -1 } : {};
}

/** Units a user may edit (contact person): the office any, a township officer their own. */
export function unitEditScope(user: SessionUser): Prisma.UnitWhereInput {
  if (user.role === "OFFICE") return {};
  if (user.role === "TOWNSHIP") return { id: user.unitId ?? -1 };
  return { id: -1 };
}

/** Task lines a user may read: a department only the lines it leads. */
export function taskLineScope(user: SessionUser): Prisma.TaskLineWhereInput {
  if (!canSee(user.role, "tasks")) return { id: -1 };
  if (user.role === "DEPARTMENT") return { leads: { some: { departmentId: user.departmentId ?? -1 } } };
  return {};
}

/** Task lines a user may record progress on: a department only the lines it leads (T9: both leads). */
export function taskLineWriteScope(user: SessionUser): Prisma.TaskLineWhereInput {
  if (user.role === "DEPARTMENT") return taskLineScope(user);
  return { id: -1 };
}

/** Task lines whose target or deadline a user may adjust: the office only. */
export function taskLineAdjustScope(user: SessionUser): Prisma.TaskLineWhereInput {
  return user.role === "OFFICE" ? {} : { id: -1 };
}

/** Progress entries a user may correct: their own, on a line their department still leads. */
export function taskProgressEditScope(user: SessionUser): Prisma.TaskProgressWhereInput {
  if (user.role !== "DEPARTMENT") return { id: "" };
  return { authorId: user.id, taskLine: taskLineWriteScope(user) };
}

/** Ledger enterprises a department may name on its task lines: any (departments work district-wide). */
export function taskEnterpriseScope(user: SessionUser): Prisma.EnterpriseWhereInput {
  return user.role === "DEPARTMENT" ? {} : { id: "" };
}

/** Cases a user may read: a township its unit's, a department those in the dimensions it leads. */
export function caseScope(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "TOWNSHIP") return { unitId: user.unitId ?? -1 };
  if (user.role === "DEPARTMENT") return { dimensions: { hasSome: user.leadDimensions } };
  return {};
}

/** Attachments of task-progress entries a user may read: those on lines they may read. */
export function taskAttachmentScope(user: SessionUser): Prisma.TaskAttachmentWhereInput {
  return { progress: { taskLine: taskLineScope(user) } };
}

/**
 * Whose case figures a user may read on the dashboard and in the exports, optionally narrowed to one
 * unit: the office and the leader any unit or the whole district (no unitId), a township officer only
 * their own unit; null (refused) for another unit and for roles outside the "reports" area
 * (departments, who work on their task lines and review cases rather than follow the figures).
 */
export function caseFiguresScope(user: SessionUser, requestedUnitId?: number): { unitId?: number } | null {
  if (!canSee(user.role, "reports")) return null;
  if (user.role === "OFFICE" || user.role === "LEADER") return requestedUnitId === undefined ? {} : { unitId: requestedUnitId };
  if (user.role === "TOWNSHIP" && user.unitId !== null && (requestedUnitId === undefined || requestedUnitId === user.unitId)) {
    return { unitId: user.unitId };
  }
  return null;
}

/** 举报 a user may read: the office and the leader all, a township those assigned to its unit, a department those assigned to it. */
export function tipScope(user: SessionUser): Prisma.TipWhereInput {
  if (user.role === "TOWNSHIP") return { unitId: user.unitId ?? -1 };
  if (user.role === "DEPARTMENT") return { departmentId: user.departmentId ?? -1 };
  return {};
}

/** 回头看 tasks a user may read: a township its own unit's; others in the area all. */
export function reInspectionScope(user: SessionUser): Prisma.ReInspectionWhereInput {
  if (!canSee(user.role, "reinspections")) return { id: "" };
  if (user.role === "TOWNSHIP") return { unitId: user.unitId ?? -1 };
  return {};
}

/** A user's own notifications. */
export function notificationScope(user: SessionUser): Prisma.NotificationWhereInput {
  return { recipientId: user.id };
}

/** 通报 and 约谈 a user may read: a township those naming its unit; others in the area all. */
export function noticeScope(user: SessionUser): Prisma.SupervisionNoticeWhereInput {
  if (!canSee(user.role, "supervision")) return { id: "" };
  if (user.role === "TOWNSHIP") return { units: { some: { unitId: user.unitId ?? -1 } } };
  return {};
}

/** The named-unit rows of a notice a user may see: a township only its own. */
export function noticeUnitScope(user: SessionUser): Prisma.SupervisionNoticeUnitWhereInput {
  return user.role === "TOWNSHIP" ? { unitId: user.unitId ?? -1 } : {};
}

/** 联合惩戒 entries: those in the area (the office alone) compile and export the list. */
export function punishmentCaseScope(user: SessionUser): Prisma.CaseWhereInput {
  return canSee(user.role, "punishment") ? {} : { id: "" };
}
