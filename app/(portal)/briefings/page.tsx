import type { Metadata } from "next";

import { DocumentPreview } from "@/components/documents/document-preview";
import { PublishBriefingButton } from "@/components/documents/publish-briefing-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { linkClass } from "@/components/ui/link";
import { briefingDocument, briefingMonths } from "@/lib/documents/briefing";
import { arabicDate } from "@/lib/documents/chinese";
import { formatDate, formatDateTime } from "@/lib/format";
import { runsCampaign } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getBriefing, listPublishedBriefings } from "@/server/documents/briefing";

export const metadata: Metadata = { title: "工作简报" };

/**
 * 工作进展简报: pick a month of the selected year and see the briefing in the page — every figure as of the month's
 * last day (today's while the month runs) — then (the office, once the month is over) publish it after confirming:
 * the .docx is frozen and every download serves it (/api/documents/briefing).
 */
export default async function BriefingsPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string | string[] }>;
}) {
  const user = await requireArea("briefings");
  const campaign = await getCurrentCampaign(user);
  const now = new Date();
  const months = briefingMonths(campaign, now);
  const asked = (await searchParams).month;
  const month = months.find((m) => m.key === (Array.isArray(asked) ? asked[0] : asked)) ?? months[0];
  const published = await listPublishedBriefings(campaign.id);
  const publication = month && published.find((p) => p.month === month.key);
  const data = month && !publication ? await getBriefing(user, campaign, month.key, now) : null;
  const ended = month ? month.end.getTime() <= now.getTime() : false;
  const download = month && `/api/documents/briefing?month=${month.key}`;

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{campaign.year}年度工作进展简报</h1>
      <p className="text-sm text-slate-700">
        每月一期，所有数字均截至当月最后一天（进行中的月份截至今天），与进度总览“统计截至”该日的数字一致：总体进展（已验收与目标、当月新验收）、各单位目标任务完成情况（附件）、
        进展较慢的单位、重点工作任务推进情况、当月举报受理和核查、监督检查、通报约谈。月末之后由区工强办预览并发布，发布后文件定稿，每次下载都是同一份文件。年度：
        {formatDate(campaign.startDate)} 至 {formatDate(campaign.deadline)}。
      </p>
      {!month ? (
        <EmptyState>本年度工作尚未开始，还没有可生成的简报。</EmptyState>
      ) : (
        <>
          <Card>
            <form method="get" className="flex flex-wrap items-end gap-3">
              <Field label="选择月份">
                <select name="month" defaultValue={month.key} className={inputClass}>
                  {months.map((m) => (
                    <option key={m.key} value={m.key}>
                      {m.label}（第{m.issue}期）{published.some((p) => p.month === m.key) ? " · 已发布" : ""}
                    </option>
                  ))}
                </select>
              </Field>
              <Button type="submit" variant="outline">
                查看
              </Button>
            </form>
          </Card>
          <section aria-labelledby="briefing-title" className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="briefing-title" className="font-semibold">
                {month.label}（第{month.issue}期）
              </h2>
              {publication ? <Badge tone="success">已发布</Badge> : <Badge tone="warning">未发布</Badge>}
            </div>
            {publication ? (
              <Card className="space-y-1 text-sm" data-testid="briefing-published">
                <p>
                  已于 {formatDateTime(publication.publishedAt)} 发布，数据截至{arabicDate(publication.dataDate)}
                  。文件已定稿，每次下载都是发布时的同一份文件。
                </p>
                <p className="break-all text-slate-600">SHA-256：{publication.documentSha256}</p>
                <a href={download} download className={linkClass()}>
                  下载简报（Word）
                </a>
              </Card>
            ) : data ? (
              <>
                <p className="text-sm text-slate-700" data-testid="briefing-data-date">
                  数据截至{arabicDate(data.asOfDay)}
                  {ended ? "（当月最后一天）" : "（本月尚未结束，按今天的数据；月末之后才能发布）"}。
                </p>
                <div className="flex flex-wrap items-center gap-3">
                  {runsCampaign(user) && ended && (
                    <PublishBriefingButton month={month.key} label={month.label} dataDate={arabicDate(data.asOfDay)} />
                  )}
                  <a href={download} download className={linkClass()}>
                    下载未发布稿（Word）
                  </a>
                </div>
                <DocumentPreview model={briefingDocument(data)} label="简报预览" />
              </>
            ) : (
              <EmptyState>没有可显示的简报。</EmptyState>
            )}
          </section>
        </>
      )}
    </div>
  );
}
