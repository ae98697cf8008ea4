import "server-only";

import type { FrozenFigures } from "@/lib/supervision/rules";
import { prisma } from "@/server/db";
import { noticeScope, noticeUnitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * The 通报 and 约谈 a user may read (optionally those naming one unit), newest first. A township sees
 * only its own unit's acknowledgement and frozen figures, as it sees only its own figures on the dashboard.
 */
export async function listNotices(user: SessionUser, unitId?: number, take = 50) {
  const notices = await prisma.supervisionNotice.findMany({
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
  if (user.role !== "TOWNSHIP") return notices;
  return notices.map((n) => ({ ...n, figures: figuresInScope(user, n.figures) }));
}

/** A notice's frozen figures as the user may read them: a township only its own unit's. */
export function figuresInScope(user: SessionUser, stored: unknown): FrozenFigures | null {
  const figures = stored as FrozenFigures | null;
  if (!figures || user.role !== "TOWNSHIP") return figures;
  return { ...figures, units: figures.units.filter((u) => u.unitId === user.unitId) };
}

export type NoticeRow = Awaited<ReturnType<typeof listNotices>>[number];
