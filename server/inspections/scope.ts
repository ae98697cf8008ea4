import "server-only";
import { canSee } from "@/lib/areas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/server/session";

// 监督检查 (#12) scopes, in the manner of server/scope.ts: ANDed into every query, so a round or finding
// outside the user's reach is simply not found. The office and the leader read everything; a department
// the rounds it takes part in (and their findings); a township the rounds covering its unit and only its
// own unit's findings; anyone else (the expert) nothing here.

/** Rounds a user may read. */
export function roundScope(user: SessionUser): Prisma.InspectionRoundWhereInput {
  if (!canSee(user.role, "inspections")) return { id: "" };
  if (user.role === "DEPARTMENT") return { departments: { some: { departmentId: user.departmentId ?? -1 } } };
  if (user.role === "TOWNSHIP") return { units: { some: { unitId: user.unitId ?? -1 } } };
  return {};
}

/** Rounds a user may record findings in: the office all, a department those it takes part in. */
export function roundRecordScope(user: SessionUser): Prisma.InspectionRoundWhereInput {
  if (user.role === "OFFICE") return {};
  if (user.role === "DEPARTMENT") return roundScope(user);
  return { id: "" };
}

/** Findings a user may read. */
export function findingScope(user: SessionUser): Prisma.InspectionFindingWhereInput {
  if (!canSee(user.role, "inspections")) return { id: "" };
  if (user.role === "DEPARTMENT") return { round: roundScope(user) };
  if (user.role === "TOWNSHIP") return { unitId: user.unitId ?? -1 };
  return {};
}

/** Files of the findings a user may read. */
export function findingFileScope(user: SessionUser): Prisma.InspectionFindingFileWhereInput {
  return { finding: findingScope(user) };
}
