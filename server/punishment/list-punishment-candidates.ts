import "server-only";
import type { Campaign } from "@/lib/generated/prisma/client";
import { punishmentReason } from "@/lib/joint-punishment";
import { prisma } from "@/server/db";
import { punishmentCaseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export const PUNISHMENT_PAGE_SIZE = 50;

/** Cases of the campaign not accepted, in unit order, with the reason they would be listed and their confirmation. */
export async function listPunishmentCandidates(user: SessionUser, campaign: Campaign, page: number) {
  const where = { AND: [punishmentCaseScope(user), { campaignId: campaign.id, status: { not: "ACCEPTED" as const } }, { carriedTo: { is: null } } /* campaigns: a case carried into a later year is not listed */] };
  const [rows, total, confirmed] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: [{ unit: { displayOrder: "asc" } }, { enterprise: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * PUNISHMENT_PAGE_SIZE,
      take: PUNISHMENT_PAGE_SIZE,
      select: {
        id: true, category: true, status: true,
        unit: { select: { name: true } },
        enterprise: { select: { name: true, creditCode: true } },
        reviews: { where: { decision: "RETURN" }, orderBy: { createdAt: "desc" }, take: 1, select: { reason: true } },
        punishment: { select: { reason: true, confirmedAt: true, confirmedBy: { select: { displayName: true } } } },
      },
    }),
    prisma.case.count({ where }),
    prisma.jointPunishmentEntry.count({ where: { case: where } }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, reason: r.punishment?.reason ?? punishmentReason({ ...r, lastReturnReason: r.reviews[0]?.reason ?? null }) })),
    total, confirmed, page, pages: Math.max(1, Math.ceil(total / PUNISHMENT_PAGE_SIZE)),
  };
}
