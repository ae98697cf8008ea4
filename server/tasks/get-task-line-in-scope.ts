import "server-only";

import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { taskLineAdjustScope, taskLineLeadScope, taskLineWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * write: a lead department or a township records progress; adjust: the office changes target or
 * deadline; lead: the lead department or the office splits the target into unit shares.
 */
export type TaskLineReach = "write" | "adjust" | "lead";

const reachScope = { write: taskLineWriteScope, adjust: taskLineAdjustScope, lead: taskLineLeadScope };

/**
 * The task line an action works on, read inside its transaction with the campaign dates the rules need;
 * "not found" when it does not exist or is outside the user's write/adjust scope.
 */
export async function getTaskLineInScope(tx: Tx, user: SessionUser, taskLineId: number, reach: TaskLineReach) {
  const line = await tx.taskLine.findFirst({
    where: { AND: [{ id: taskLineId }, reachScope[reach](user)] },
    include: { campaign: { select: { startDate: true, deadline: true } } },
  });
  if (!line) throw notFound();
  await assertCampaignOpen(tx, line.campaignId);
  return line;
}

/** A row of a task line (item, progress entry) with its line, "not found" unless both exist and the line is writable. */
export async function withTaskLineInScope<R extends { taskLineId: number }>(tx: Tx, user: SessionUser, row: R | null) {
  if (!row) throw notFound();
  return { ...row, taskLine: await getTaskLineInScope(tx, user, row.taskLineId, "write") };
}
