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

/** Cases a user may read: a township its unit's, a department those in the dimensions it leads. */
export function caseScope(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "TOWNSHIP") return { unitId: user.unitId ?? -1 };
  if (user.role === "DEPARTMENT") return { dimensions: { hasSome: user.leadDimensions } };
  return {};
}
