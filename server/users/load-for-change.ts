import "server-only";

import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";

/** An account as the audit log records it (readable names, never the password hash); not found = notFound(). */
export async function loadUserForChange(tx: Tx, id: string) {
  const u = await tx.user.findUnique({
    where: { id },
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
