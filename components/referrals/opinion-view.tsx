import { FileList } from "@/components/file-list";
import { WithdrawReferralButton } from "@/components/referrals/withdraw-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { ExpertConclusion } from "@/lib/generated/prisma/enums";
import { expertConclusionLabel } from "@/lib/labels";
import type { ReferralState } from "@/lib/referrals/rules";

export type OpinionRow = {
  id: string;
  state: ReferralState;
  question: string;
  conclusion: ExpertConclusion | null;
  opinion: string | null;
  version: number;
  referredAt: Date;
  answeredAt: Date | null;
  withdrawnAt: Date | null;
  expert: { displayName: string; organisation: string | null };
  referredBy: { displayName: string };
  department: { name: string } | null;
  files: { id: string; originalName: string; mime: string }[];
};

const STATE_BADGE: Record<ReferralState, { label: string; tone: BadgeTone }> = {
  OPEN: { label: "待答复", tone: "warning" },
  ANSWERED: { label: "已答复", tone: "success" },
  WITHDRAWN: { label: "已撤回", tone: "neutral" },
};

/** A referral's state: 待答复, 已答复 or 已撤回. */
export function ReferralStateBadge({ state }: { state: ReferralState }) {
  return <Badge tone={STATE_BADGE[state].tone}>{STATE_BADGE[state].label}</Badge>;
}

const CONCLUSION_CLASS: Record<ExpertConclusion, string> = {
  CONFIRMED: "text-green-800",
  NOT_CONFIRMED: "text-red-700",
  UNDETERMINED: "text-amber-800",
};

/** One referral: the question, who asked whom and when, and the expert's opinion (conclusion, text, files) once answered. */
export function OpinionView({ r, withdrawable = false }: { r: OpinionRow; withdrawable?: boolean }) {
  return (
    <article className="space-y-2 rounded border border-slate-200 p-3 text-sm" data-testid="expert-opinion">
      <p className="flex flex-wrap items-center gap-2">
        <ReferralStateBadge state={r.state} />
        <span className="font-medium">{r.expert.displayName}</span>
        <span className="text-slate-600">{r.expert.organisation ?? "行业专家"}</span>
      </p>
      <p className="whitespace-pre-wrap">
        <span className="text-slate-500">问题：</span>
        {r.question}
      </p>
      <p className="text-xs text-slate-500">
        {r.department?.name ?? "区工强办"} {r.referredBy.displayName} 咨询于 {formatDateTime(r.referredAt)}
        {r.answeredAt && `，答复于 ${formatDateTime(r.answeredAt)}`}
        {r.withdrawnAt && `，撤回于 ${formatDateTime(r.withdrawnAt)}`}
      </p>
      {r.state === "ANSWERED" && r.conclusion && (
        <div className="rounded bg-slate-50 p-2">
          <p>
            结论：<strong className={CONCLUSION_CLASS[r.conclusion]}>{expertConclusionLabel[r.conclusion]}</strong>
          </p>
          <p className="mt-1 whitespace-pre-wrap">{r.opinion}</p>
          <FileList title="意见附件" files={r.files} base="/api/referrals/files" />
        </div>
      )}
      {withdrawable && r.state === "OPEN" && <WithdrawReferralButton referralId={r.id} version={r.version} />}
    </article>
  );
}
