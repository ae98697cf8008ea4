import "server-only";

import type { FrozenFigures } from "@/lib/supervision/rules";
import { prisma } from "@/server/db";
import { noticeScope, noticeUnitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * The 通报 and 约谈 a user may read (optionally those naming one unit), newest first. A township sees
 * only its own unit's acknowledgement and frozen figures (and its own copy's hash), as it sees only its own figures
 * on the dashboard.
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
  // A township downloads its own copy of a 通报 (its figures only): the hash shown is that copy's.
  return notices.map((n) => ({
    ...n,
    figures: figuresInScope(user, n.figures),
    documentSha256: n.kind === "CIRCULAR" ? (n.units[0]?.documentSha256 ?? null) : n.documentSha256,
  }));
}

/** A notice's frozen figures as the user may read them: a township only its own unit's. */
export function figuresInScope(user: SessionUser, stored: unknown): FrozenFigures | null {
  const figures = stored as FrozenFigures | null;
  if (!figures || user.role !== "TOWNSHIP") return figures;
  return { ...figures, units: figures.units.filter((u) => u.unitId === user.unitId) };
}

export type NoticeRow = Awaited<ReturnType<typeof listNotices>>[number];
