import { ReferralStateBadge } from "@/components/referrals/opinion-view";
import { Link } from "@/components/ui/app-link";
import { Card } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import { expertConclusionLabel } from "@/lib/labels";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { reviewQueueOpinions } from "@/server/referrals/read-referrals";
import type { SessionUser } from "@/server/session";

/** 专家意见 on the review queue: the campaign's rule, and the expert opinions asked on the cases awaiting acceptance. */
export async function ReviewOpinions({ user }: { user: SessionUser }) {
  const { required, rows } = await reviewQueueOpinions(user, await getCurrentCampaign(user));
  if (!required && rows.length === 0) return null;
  return (
    <Card aria-labelledby="review-opinions-title" className="space-y-2 text-sm">
      <h2 id="review-opinions-title" className="font-semibold">
        专家意见
      </h2>
      {required && (
        <p className="text-amber-900">
          本年度淘汰落后产能企业须有已答复的行业专家意见后方可验收；请在整治对象页面“专家意见”中咨询。
        </p>
      )}
      {rows.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5">
              <ReferralStateBadge state={r.state} />
              <Link href={`/cases/${r.case!.id}`} className={linkClass({ className: "font-medium" })}>
                {r.case!.enterprise.name}
              </Link>
              <span className="text-slate-500">{r.case!.unit.name}</span>
              <span>
                {r.expert.displayName}（{r.expert.organisation ?? "行业专家"}）
              </span>
              {r.conclusion && <strong>{expertConclusionLabel[r.conclusion]}</strong>}
              <span className="text-xs text-slate-500">
                {r.answeredAt ? `答复于 ${formatDateTime(r.answeredAt)}` : `咨询于 ${formatDateTime(r.referredAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
