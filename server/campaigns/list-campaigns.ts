import "server-only";

import { prisma } from "@/server/db";

/** Every campaign, newest first, with its size (for the 年度管理 list). */
export function listCampaigns() {
  return prisma.campaign.findMany({
    orderBy: { year: "desc" },
    include: { _count: { select: { cases: true, taskLines: true } } },
  });
}

/** One campaign with its quota grid and the units in annex order (for its 年度管理 page). */
export async function getCampaignAdmin(campaignId: number) {
  const campaign = await prisma.campaign.findUnique({ where: { id: campaignId }, include: { quotas: true } });
  if (!campaign) return null;
  const [units, closedBy] = await Promise.all([
    prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
    campaign.closedById
      ? prisma.user.findUnique({ where: { id: campaign.closedById }, select: { displayName: true } })
      : null,
  ]);
  return { campaign, units, closedBy: closedBy?.displayName ?? null };
}
