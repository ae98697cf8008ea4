import type { Metadata } from "next";

import { IssueCircularForm, IssueInterviewForm } from "@/components/supervision/issue-forms";
import { NoticeList } from "@/components/supervision/notice-list";
import { cardClass } from "@/components/ui/card";
import { beijingDay, beijingIsoDay } from "@/lib/dates";
import { issuerOf } from "@/lib/documents/office";
import { acknowledgesNotices, readsOwnUnitOnly, runsCampaign } from "@/lib/rights";
import { isFollowUpDue, unacknowledged } from "@/lib/supervision/rules";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { documentFigures } from "@/server/documents/figures-as-of";
import { usedReferenceNos } from "@/server/documents/reference-numbers";
import { districtOf } from "@/server/scope";
import { listNotices } from "@/server/supervision/list-notices";

export const metadata: Metadata = { title: "通报与约谈" };

const box = cardClass();

export default async function SupervisionPage() {
  const user = await requireArea("supervision");
  const now = new Date();
  const notices = await listNotices(user);
  const office = runsCampaign(user);
  const today = beijingIsoDay(now);
  const campaign = await getCurrentCampaign(user);
  // Every unit's figures as of today (the default 数据截至), as the dashboard computes them: the drafts of 通报 and
  // 约谈 are written from these; the forms fetch another day's when the office picks one.
  const figures = office ? await documentFigures(user, campaign, beijingDay(now), now) : null;
  const context = figures && {
    figures,
    today,
    year: campaign.year,
    campaignTitle: campaign.title,
    issuer: issuerOf(user.district),
  };
  const pending = notices.filter((n) => unacknowledged(n.units).length > 0);
  const due = notices.filter((n) => isFollowUpDue(n, now));

  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">{readsOwnUnitOnly(user) ? "本单位收到的通报与约谈" : "通报与约谈"}</h1>
      {!readsOwnUnitOnly(user) && (
        <p data-testid="notice-summary" className="text-sm text-slate-700">
          未全部确认：{pending.length} 件 · 跟踪复查已到期：{due.length} 件
        </p>
      )}
      {office && context && (
        <>
          <details className={box}>
            <summary className="cursor-pointer font-semibold">发布通报</summary>
            <div className="mt-3">
              <IssueCircularForm {...context} usedReferenceNos={await usedReferenceNos(districtOf(user))} />
            </div>
          </details>
          <details className={box}>
            <summary className="cursor-pointer font-semibold">记录约谈</summary>
            <div className="mt-3">
              <IssueInterviewForm {...context} />
            </div>
          </details>
        </>
      )}
      <NoticeList notices={notices} canAcknowledge={acknowledgesNotices(user)} canFollowUp={office} now={now} />
    </div>
  );
}
