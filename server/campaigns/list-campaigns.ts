import "server-only";

import { prisma } from "@/server/db";
import { campaignScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Every campaign of the user's district, newest first, with its size (for the 年度管理 list). */
export function listCampaigns(user: SessionUser) {
  return prisma.campaign.findMany({
    where: campaignScope(user),
    orderBy: { year: "desc" },
    include: { _count: { select: { cases: true, taskLines: true } } },
  });
}

/** One campaign of the user's district with its quota grid and the district's units in annex order (for its 年度管理 page). */
export async function getCampaignAdmin(user: SessionUser, campaignId: number) {
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, ...campaignScope(user) },
    include: { quotas: true },
  });
  if (!campaign) return null;
  const [units, closedBy] = await Promise.all([
    prisma.unit.findMany({
      where: { districtId: campaign.districtId },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true },
    }),
    campaign.closedById
      ? prisma.user.findUnique({ where: { id: campaign.closedById }, select: { displayName: true } })
      : null,
  ]);
  return { campaign, units, closedBy: closedBy?.displayName ?? null };
}
