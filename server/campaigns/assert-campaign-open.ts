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
  const [row] = await tx.$queryRaw<{ closedAt: Date | null }[]>`SELECT "closedAt" FROM "Campaign" WHERE id = ${campaignId} FOR SHARE`;
  if (row?.closedAt) throw new ActionError("FORBIDDEN", CLOSED_MESSAGE);
}
