import "server-only";

import { paginate } from "@/lib/paginate";
import { prisma, type Tx } from "@/server/db";

/** Cases of a campaign not accepted and not yet decided (carried over or closed as not completed). */
const undecided = (campaignId: number) => ({
  campaignId,
  status: { not: "ACCEPTED" as const },
  closedIncompleteAt: null,
  carriedTo: { is: null },
});

export function countUndecidedCases(tx: Tx, campaignId: number) {
  return tx.case.count({ where: undecided(campaignId) });
}

/** The campaign's cases not accepted — undecided first — for the office's decision before closing, one page. */
export async function listOpenCases(campaignId: number, page: number) {
  const where = { campaignId, status: { not: "ACCEPTED" as const } };
  const [total, undecidedCount] = await Promise.all([
    prisma.case.count({ where }),
    countUndecidedCases(prisma, campaignId),
  ]);
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.case.findMany({
    where,
    orderBy: [
      { closedIncompleteAt: { sort: "desc", nulls: "first" } },
      { unit: { displayOrder: "asc" } },
      { id: "asc" },
    ],
    skip,
    take,
    select: {
      id: true,
      version: true,
      category: true,
      status: true,
      closedIncompleteAt: true,
      closedIncompleteReason: true,
      unit: { select: { name: true } },
      enterprise: { select: { name: true, creditCode: true } },
      carriedTo: { select: { id: true, campaign: { select: { year: true } } } },
    },
  });
  return { rows, total, undecided: undecidedCount, page: current, pages };
}
