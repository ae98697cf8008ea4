import "server-only";

import type { Case } from "@/lib/generated/prisma/client";
import { opinionGate } from "@/lib/referrals/rules";
import { prisma, type Tx } from "@/server/db";

/** The campaign's expert-opinion gate on accepting `c` (lib/referrals/rules.ts `opinionGate`), read in the caller's transaction (or outside one, for the page). */
export async function checkOpinionGate(
  c: Pick<Case, "id" | "campaignId" | "category">,
  db: Tx | typeof prisma = prisma,
) {
  const [campaign, referrals] = await Promise.all([
    db.campaign.findUniqueOrThrow({ where: { id: c.campaignId }, select: { expertOpinionRequired: true } }),
    db.expertReferral.findMany({ where: { caseId: c.id }, select: { answeredAt: true, withdrawnAt: true } }),
  ]);
  return opinionGate(c, campaign, referrals);
}
