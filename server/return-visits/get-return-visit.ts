import "server-only";

import { isCuid } from "@/lib/fields";
import { prisma } from "@/server/db";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** One 回访 task with its photos, or null when missing or out of scope. */
export async function getReturnVisit(user: SessionUser, id: string) {
  if (!isCuid(id)) return null;
  return prisma.returnVisit.findFirst({
    where: { AND: [{ id }, returnVisitScope(user)] },
    include: {
      unit: { select: { name: true } },
      recordedBy: { select: { displayName: true } },
      case: {
        select: {
          id: true,
          status: true,
          disposalPath: true,
          acceptedAt: true,
          unitId: true,
          category: true,
          dimensions: true,
          outcome: { select: { name: true } },
          enterprise: { select: { name: true, address: true, creditCode: true } },
        },
      },
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, mime: true } },
    },
  });
}
