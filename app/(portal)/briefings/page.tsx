import type { Metadata } from "next";

import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { briefingMonths } from "@/lib/documents/briefing";
import { formatDate } from "@/lib/format";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";

export const metadata: Metadata = { title: "工作简报" };

/** 工作进展简报: pick a month of the selected year, download the .docx (/api/documents/briefing). */
export default async function BriefingsPage() {
  await requireArea("briefings");
  const campaign = await getCurrentCampaign();
  const months = briefingMonths(campaign, new Date());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{campaign.year}年度工作进展简报</h1>
      <p className="text-sm text-slate-700">
        每月一期，按月末的数据生成 Word
        文档（进行中的月份按今天的数据）：总体进展（已验收与目标、当月新验收）、各单位目标任务完成情况（附件）、
        进展较慢的单位、重点工作任务推进情况、当月举报受理和核查、监督检查、通报约谈。年度：
        {formatDate(campaign.startDate)} 至 {formatDate(campaign.deadline)}。
      </p>
      {months.length === 0 ? (
        <EmptyState>本年度工作尚未开始，还没有可生成的简报。</EmptyState>
      ) : (
        <Card>
          <form action="/api/documents/briefing" method="get" className="flex flex-wrap items-end gap-3">
            <Field label="选择月份">
              <select name="month" defaultValue={months[0].key} className={inputClass}>
                {months.map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.label}（第{m.issue}期）
                  </option>
                ))}
              </select>
            </Field>
            <Button type="submit">下载简报（Word）</Button>
          </form>
        </Card>
      )}
    </div>
  );
}
