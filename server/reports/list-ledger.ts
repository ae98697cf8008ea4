import "server-only";
import { prisma } from "@/server/db";
import { caseFiguresScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * The case ledger (台账) of a campaign: every case in the user's reach (optionally one unit) with its
 * enterprise, counted evidence and latest review. A fixed number of queries whatever the size.
 * Null when the user may not see case figures or asks for a unit outside their scope.
 */
export async function listLedger(user: SessionUser, campaignId: number, unitId?: number) {
  const scope = caseFiguresScope(user, unitId);
  if (!scope) return null;
  return prisma.case.findMany({
    where: { campaignId, ...(scope.unitId === undefined ? {} : { unitId: scope.unitId }) },
    orderBy: [{ unit: { displayOrder: "asc" } }, { category: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, category: true, disposalPath: true, status: true, createdAt: true, submittedAt: true, acceptedAt: true,
      unit: { select: { name: true } },
      enterprise: { select: { name: true, creditCode: true, industry: true } },
      outcome: { select: { name: true } },
      _count: { select: { evidence: { where: { deletedAt: null } } } },
      reviews: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { decision: true, createdAt: true, reviewer: { select: { displayName: true } } },
      },
    },
  });
}
