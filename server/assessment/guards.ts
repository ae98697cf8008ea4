import "server-only";

import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/**
 * Published scores are frozen: the scheme and the adjustments of that target no longer change. Locks
 * the campaign row (shared) so a publication running at the same moment waits or is seen.
 * A closed campaign (assert-campaign-open) may still be assessed: the scores are about the year, and
 * the office usually scores it after the year is over — only publishing freezes them.
 */
export async function assertNotPublished(tx: Tx, campaignId: number, target: AssessmentTarget): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${campaignId} FOR SHARE`;
  if (
    await tx.assessmentPublication.findUnique({
      where: { campaignId_target: { campaignId, target } },
      select: { id: true },
    })
  ) {
    throw new ActionError("FORBIDDEN", "考核结果已发布（已冻结），不能再修改方案或调整分数");
  }
}
