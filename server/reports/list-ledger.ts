import "server-only";

import { statusAt } from "@/lib/dashboard/history";
import { prisma } from "@/server/db";
import { caseFiguresScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * The case ledger (台账) of a campaign: every case in the user's reach (optionally one unit) with its
 * enterprise, counted evidence and latest review. A fixed number of queries whatever the size.
 * Null when the user may not see case figures or asks for a unit outside their scope. `asOf` (统计截至
 * a past moment): only the cases registered by then, each with its status and review as they stood then.
 */
export async function listLedger(user: SessionUser, campaignId: number, unitId?: number, asOf?: Date) {
  const scope = caseFiguresScope(user, unitId);
  if (!scope) return null;
  if (asOf) {
    const rows = await prisma.case.findMany({
      where: { campaignId, createdAt: { lte: asOf }, ...(scope.unitId === undefined ? {} : { unitId: scope.unitId }) },
      orderBy: [{ unit: { displayOrder: "asc" } }, { category: "asc" }, { createdAt: "asc" }],
      select: {
        ...LEDGER_SELECT,
        reviews: {
          where: { createdAt: { lte: asOf } },
          orderBy: { createdAt: "desc" },
          select: { decision: true, createdAt: true, reviewer: { select: { displayName: true } } },
        },
      },
    });
    return rows.map((c) => {
      const then = statusAt(c, asOf)!;
      return {
        ...c,
        status: then.status,
        acceptedAt: then.acceptedAt,
        submittedAt: c.submittedAt && c.submittedAt <= asOf ? c.submittedAt : null,
        reviews: c.reviews.slice(0, 1),
      };
    });
  }
  return prisma.case.findMany({
    where: { campaignId, ...(scope.unitId === undefined ? {} : { unitId: scope.unitId }) },
    orderBy: [{ unit: { displayOrder: "asc" } }, { category: "asc" }, { createdAt: "asc" }],
    select: {
      ...LEDGER_SELECT,
      reviews: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { decision: true, createdAt: true, reviewer: { select: { displayName: true } } },
      },
    },
  });
}

const LEDGER_SELECT = {
  id: true,
  category: true,
  disposalPath: true,
  status: true,
  createdAt: true,
  submittedAt: true,
  acceptedAt: true,
  unit: { select: { name: true } },
  enterprise: { select: { name: true, creditCode: true, industry: true } },
  outcome: { select: { name: true } },
  _count: { select: { evidence: { where: { deletedAt: null } } } },
} as const;
