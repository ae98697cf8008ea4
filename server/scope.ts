import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/server/session";

// The one place a user's reach is turned into query filters. Data functions AND these into every
// `where`, so an out-of-scope id simply is not found.

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
  if (user.role === "DEPARTMENT") return { leads: { some: { departmentId: user.departmentId ?? -1 } } };
  if (user.role === "TOWNSHIP") return { id: -1 };
  return {};
}

/**
 * Whose case figures a user may read on the dashboard and in the exports, optionally narrowed to one
 * unit: the office and the leader any unit or the whole district (no unitId), a township officer only
 * their own unit; null (refused) for another unit and for departments, who work on their task lines
 * and review cases rather than follow the district's progress figures.
 */
export function caseFiguresScope(user: SessionUser, requestedUnitId?: number): { unitId?: number } | null {
  if (user.role === "OFFICE" || user.role === "LEADER") return requestedUnitId === undefined ? {} : { unitId: requestedUnitId };
  if (user.role === "TOWNSHIP" && user.unitId !== null && (requestedUnitId === undefined || requestedUnitId === user.unitId)) {
    return { unitId: user.unitId };
  }
  return null;
}
