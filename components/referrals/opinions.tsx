import { OpinionView } from "@/components/referrals/opinion-view";
import { ReferForm } from "@/components/referrals/refer-form";
import { Card } from "@/components/ui/card";
import type { CaseStatus, Category, Dimension } from "@/lib/generated/prisma/enums";
import { type FindingForReferral, mayReferCase, mayReferFinding, mayWithdraw } from "@/lib/referrals/rules";
import { followsReferrals } from "@/lib/rights";
import { checkOpinionGate } from "@/server/referrals/opinion-gate";
import { subjectReferrals } from "@/server/referrals/read-referrals";
import type { SessionUser } from "@/server/session";

type CaseFacts = {
  id: string;
  campaignId: number;
  category: Category;
  status: CaseStatus;
  unitId: number;
  dimensions: Dimension[];
};

/**
 * 专家意见 on the case page, beside the evidence: every referral of the case with the expert's
 * opinion, the referral form for the office and a lead department in remit, and — when the campaign
 * requires an opinion before accepting — why acceptance waits. Not shown to townships.
 */
export async function CaseOpinions({ user, c }: { user: SessionUser; c: CaseFacts }) {
  if (!followsReferrals(user)) return null;
  const gate = await checkOpinionGate(c);
  const waiting = !gate.ok && c.status === "SUBMITTED";
  return (
    <Opinions user={user} subject={{ caseId: c.id }} canRefer={mayReferCase(user, c).ok} waitingForOpinion={waiting} />
  );
}

/** 专家意见 on an inspection finding's page: its referrals and, for the office and the round's departments, the referral form. */
export async function FindingOpinions({
  user,
  finding,
}: {
  user: SessionUser;
  finding: FindingForReferral & { id: string };
}) {
  if (!followsReferrals(user)) return null;
  return <Opinions user={user} subject={{ findingId: finding.id }} canRefer={mayReferFinding(user, finding).ok} />;
}

async function Opinions({
  user,
  subject,
  canRefer,
  waitingForOpinion = false,
}: {
  user: SessionUser;
  subject: { caseId: string } | { findingId: string };
  canRefer: boolean;
  waitingForOpinion?: boolean;
}) {
  const referrals = await subjectReferrals(user, subject);
  if (referrals.length === 0 && !canRefer) return null;
  return (
    <Card aria-labelledby="opinions-title" className="space-y-3">
      <h2 id="opinions-title" className="font-semibold">
        专家意见
      </h2>
      {waitingForOpinion && (
        <p role="note" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          本年度淘汰落后产能企业须有已答复的专家意见后方可验收，该整治对象尚无。
        </p>
      )}
      {referrals.length === 0 ? (
        <p className="text-sm text-slate-500">尚未咨询行业专家。</p>
      ) : (
        referrals.map((r) => <OpinionView key={r.id} r={r} withdrawable={mayWithdraw(user, r).ok} />)
      )}
      {canRefer && <ReferForm {...subject} />}
    </Card>
  );
}
