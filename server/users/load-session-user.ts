import "server-only";
import { prisma } from "@/server/db";

/** What every request knows about its user; null when the account is missing or deactivated. */
export function loadSessionUser(id: string) {
  return prisma.user.findFirst({
    where: { id, active: true },
    select: {
      id: true, username: true, displayName: true, role: true, unitId: true, departmentId: true,
      unit: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;
