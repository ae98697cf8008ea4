import type { Metadata } from "next";
import Link from "next/link";
import { CreateCampaignForm } from "@/components/campaigns/create-campaign-form";
import { Card, EmptyState } from "@/components/ui/card";
import { campaignStatus, campaignStatusLabel, nextCampaignDefaults } from "@/lib/campaigns/rules";
import { beijingIsoDay, dateInputValue } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { requireArea } from "@/server/areas";
import { listCampaigns } from "@/server/campaigns/list-campaigns";

export const metadata: Metadata = { title: "年度管理" };

export default async function CampaignsPage() {
  await requireArea("campaigns");
  const campaigns = await listCampaigns();
  const now = new Date();
  const latest = campaigns[0];
  const defaults = latest ? nextCampaignDefaults(latest, latest.year + 1) : null;

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">年度管理</h1>
      <p className="text-sm text-slate-600">
        每年的工作方案为一个年度：任务线、牵头部门和目标任务分解表按年度保存，单位、部门和整治结果类别各年度共用。
        “当前年度”是所有账号默认看到的年度，页眉可切换查看其他年度；已关闭的年度只能查看，不能修改。
      </p>
      {campaigns.length === 0 ? (
        <EmptyState>尚无年度工作方案（请运行种子数据）。</EmptyState>
      ) : (
        <Card as="div" padding="none" className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">年度列表</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th className="px-3 py-2">年度</th><th className="px-3 py-2">名称</th><th className="px-3 py-2">开始日期</th>
                <th className="px-3 py-2">完成时限</th><th className="px-3 py-2">状态</th><th className="px-3 py-2">任务线</th>
                <th className="px-3 py-2">案件</th><th className="px-3 py-2">操作</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id} className="border-t border-slate-100" data-testid={`campaign-${c.year}`}>
                  <td className="px-3 py-2 font-medium">
                    {c.year}{c.isCurrent && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">当前年度</span>}
                  </td>
                  <td className="px-3 py-2">{c.title}</td>
                  <td className="px-3 py-2">{formatDate(c.startDate)}</td>
                  <td className="px-3 py-2">{formatDate(c.deadline)}</td>
                  <td className="px-3 py-2">{campaignStatusLabel[campaignStatus(c, now)]}</td>
                  <td className="px-3 py-2">{c._count.taskLines}</td>
                  <td className="px-3 py-2">{c._count.cases}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/campaigns/${c.id}`} className="text-brand-700 hover:underline" aria-label={`管理${c.year}年度`}>管理</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {latest && defaults && (
        <Card aria-labelledby="new-campaign">
          <h2 id="new-campaign" className="mb-1 font-semibold">新建年度</h2>
          <p className="mb-3 text-sm text-slate-600">
            复制所选年度的任务线（编号、名称、方面、计量单位、目标、牵头部门、逐项事项）、目标任务分解表和评价考核方案作为起点，建好后再调整。
          </p>
          <CreateCampaignForm
            sources={campaigns.map((c) => ({ id: c.id, year: c.year, title: c.title, startDate: dateInputValue(c.startDate), deadline: dateInputValue(c.deadline) }))}
            initial={{ fromCampaignId: latest.id, year: defaults.year, title: defaults.title, startDate: dateInputValue(defaults.startDate), deadline: dateInputValue(defaults.deadline) }}
            today={beijingIsoDay(now)}
          />
        </Card>
      )}
    </div>
  );
}
