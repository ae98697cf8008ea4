import "server-only";

import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { userAdminScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * An account of the administrator's district as the audit log records it (readable names, never the
 * password hash); not found = notFound() — another district's account and a city account too (docs/domain.md §市级).
 */
export async function loadUserForChange(tx: Tx, admin: Pick<SessionUser, "districtId">, id: string) {
  const u = await tx.user.findFirst({
    where: { id, ...userAdminScope(admin) },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      unitId: true,
      departmentId: true,
      phone: true,
      organisation: true,
      active: true,
      mustChangePassword: true,
      sessionVersion: true,
      unit: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
  if (!u) throw notFound();
  const { unit, department, ...rest } = u;
  return { ...rest, unit: unit?.name ?? null, department: department?.name ?? null };
}
export type AuditedUser = Awaited<ReturnType<typeof loadUserForChange>>;
