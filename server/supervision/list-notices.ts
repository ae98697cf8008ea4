import "server-only";
import { prisma } from "@/server/db";
import { noticeScope, noticeUnitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The 通报 and 约谈 a user may read (optionally those naming one unit), newest first; a township sees only its own unit's row of each. */
export function listNotices(user: SessionUser, unitId?: number, take = 50) {
  return prisma.supervisionNotice.findMany({
    where: { AND: [noticeScope(user), unitId ? { units: { some: { unitId } } } : {}] },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take,
    include: {
      issuedBy: { select: { displayName: true } },
      units: {
        where: noticeUnitScope(user),
        orderBy: { unit: { displayOrder: "asc" } },
        include: { unit: { select: { name: true } }, acknowledgedBy: { select: { displayName: true } } },
      },
    },
  });
}

export type NoticeRow = Awaited<ReturnType<typeof listNotices>>[number];
