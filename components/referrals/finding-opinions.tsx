import { Card } from "@/components/ui/card";
import { OpinionView } from "@/components/referrals/opinion-view";
import { ReferForm } from "@/components/referrals/refer-form";
import { mayReferFinding, mayWithdraw, type FindingForReferral } from "@/lib/referrals/rules";
import { subjectReferrals } from "@/server/referrals/read-referrals";
import type { SessionUser } from "@/server/session";

/** 专家意见 on an inspection finding's page: its referrals and, for the office and the round's departments, the referral form. */
export async function FindingOpinions({ user, finding }: { user: SessionUser; finding: FindingForReferral & { id: string } }) {
  if (user.role === "TOWNSHIP" || user.role === "EXPERT") return null;
  const referrals = await subjectReferrals(user, { findingId: finding.id });
  const canRefer = mayReferFinding(user, finding).ok;
  if (referrals.length === 0 && !canRefer) return null;
  return (
    <Card aria-labelledby="finding-opinions-title" className="space-y-3">
      <h2 id="finding-opinions-title" className="font-semibold">专家意见</h2>
      {referrals.length === 0
        ? <p className="text-sm text-slate-500">尚未咨询行业专家。</p>
        : referrals.map((r) => <OpinionView key={r.id} r={r} withdrawable={mayWithdraw(user, r).ok} />)}
      {canRefer && <ReferForm findingId={finding.id} />}
    </Card>
  );
}
