import "server-only";

import { isCuid } from "@/lib/fields";
import { prisma } from "@/server/db";
import { findingScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A finding the user may read, with its round, unit, case, people and files; null when missing or out of scope. */
export async function getFinding(user: SessionUser, id: string) {
  if (!isCuid(id)) return null;
  return prisma.inspectionFinding.findFirst({
    where: { AND: [{ id }, findingScope(user)] },
    include: {
      round: {
        select: {
          id: true,
          title: true,
          campaign: { select: { closedAt: true } },
          departments: { select: { departmentId: true } },
        },
      },
      unit: { select: { id: true, name: true } },
      department: { select: { name: true } },
      case: { select: { id: true, status: true, enterprise: { select: { name: true } } } },
      recordedBy: { select: { displayName: true } },
      answeredBy: { select: { displayName: true } },
      closedBy: { select: { displayName: true } },
      files: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, originalName: true, mime: true, createdAt: true },
      },
    },
  });
}
