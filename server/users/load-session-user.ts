import "server-only";
import type { Dimension } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

/**
 * What every request knows about its user; null when the account is missing or deactivated, or
 * (when given) its session version has moved on since the session began.
 */
export async function loadSessionUser(id: string, sessionVersion?: number) {
  const user = await prisma.user.findFirst({
    where: { id, active: true, ...(sessionVersion === undefined ? {} : { sessionVersion }) },
    select: {
      id: true, username: true, displayName: true, role: true, unitId: true, departmentId: true, mustChangePassword: true,
      unit: { select: { name: true } },
      department: { select: { name: true, leads: { select: { taskLine: { select: { dimension: true } } } } } },
    },
  });
  if (!user) return null;
  const { department, ...rest } = user;
  // A lead department reviews the cases in the dimensions of the task lines it leads.
  const leadDimensions: Dimension[] = [...new Set(department?.leads.map((l) => l.taskLine.dimension) ?? [])];
  return { ...rest, department: department && { name: department.name }, leadDimensions };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;
