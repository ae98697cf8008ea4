import "server-only";

import { isOutsideTarget } from "@/lib/campaigns/annex";
import type { Category } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/session";

/** The categories the officer's own unit marks "/" in the campaign's annex: registering there asks for 目标外 confirmation. */
export async function listOutsideTargetCategories(user: SessionUser, campaignId: number): Promise<Category[]> {
  if (user.unitId === null) return [];
  const quotas = await prisma.quota.findMany({
    where: { campaignId, unitId: user.unitId },
    select: { category: true, target: true },
  });
  return quotas.filter((q) => isOutsideTarget(q.target)).map((q) => q.category);
}
