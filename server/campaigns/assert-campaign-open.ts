import "server-only";

import { CLOSED_MESSAGE } from "@/lib/campaigns/rules";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/**
 * The freeze of a closed campaign (DHIS2's period lock): every mutation of a campaign's data calls this
 * inside its transaction, with the campaign of the row it changes. Locks the campaign row (shared) so a
 * close running at the same moment waits for the mutation, or the mutation sees the close.
 */
export async function assertCampaignOpen(tx: Tx, campaignId: number): Promise<void> {
  const [row] = await tx.$queryRaw<
    { closedAt: Date | null }[]
  >`SELECT "closedAt" FROM "Campaign" WHERE id = ${campaignId} FOR SHARE`;
  if (row?.closedAt) throw new ActionError("FORBIDDEN", CLOSED_MESSAGE);
}

/**
 * The same for a case: its campaign is open, and the office has not decided it at closing time — a case
 * closed as not completed, or carried into a later year (work goes on in the new case), no longer changes.
 */
export async function assertCaseOpen(
  tx: Tx,
  row: { id: string; campaignId: number; closedIncompleteAt: Date | null },
): Promise<void> {
  await assertCampaignOpen(tx, row.campaignId);
  if (row.closedIncompleteAt) throw new ActionError("FORBIDDEN", "该整治对象已按未完成关闭，不能修改");
  if (await tx.case.findUnique({ where: { carriedFromId: row.id }, select: { id: true } })) {
    throw new ActionError("FORBIDDEN", "该整治对象已结转至以后的年度，请在新年度继续办理");
  }
}
