import "server-only";

import { prisma } from "@/server/db";
import { unitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** One unit with its quotas for a campaign, or null when it does not exist or is out of scope. */
export function getUnit(user: SessionUser, unitId: number, campaignId: number) {
  return prisma.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(user)] },
    include: { quotas: { where: { campaignId } } },
  });
}
