import "server-only";

import type { Verdict } from "@/lib/verdict";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import type { Tx } from "@/server/db";
import { ActionError, conflict, notFound } from "@/server/errors";
import { referralScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * A referral for a mutation, loaded inside the transaction within the user's reach (an expert: those
 * addressed to them; a township: none), with its campaign still open, and the subject's name for notices.
 */
export async function loadReferralForChange(tx: Tx, user: SessionUser, referralId: string) {
  const row = await tx.expertReferral.findFirst({
    where: { AND: [{ id: referralId }, referralScope(user)] },
    include: { case: { select: { enterprise: { select: { name: true } } } }, unit: { select: { name: true } } },
  });
  if (!row) throw notFound();
  await assertCampaignOpen(tx, row.campaignId);
  return row;
}

/** The referral for a versioned change that `rule` must allow (a stale page is told it changed first). */
export async function authorizeReferralChange(
  tx: Tx,
  user: SessionUser,
  referralId: string,
  version: number,
  rule: (row: ReferralInScope) => Verdict,
) {
  const row = await loadReferralForChange(tx, user, referralId);
  if (row.version !== version) throw conflict();
  const decision = rule(row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return row;
}
type ReferralInScope = Awaited<ReturnType<typeof loadReferralForChange>>;

/** What a referral is about, in a notice: the enterprise of the case, or the unit of the finding. */
export function referralSubject(r: { case: { enterprise: { name: string } } | null; unit: { name: string } }): string {
  return r.case ? r.case.enterprise.name : `${r.unit.name}监督检查问题`;
}

/** Where a referral is followed: the expert on the referral page; the referrer on the case (or the referral page for a finding). */
export const referralHref = (id: string) => `/referrals/${id}`;
