import type { Metadata } from "next";

import { CreateCampaignForm } from "@/components/campaigns/create-campaign-form";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { campaignStatus, firstCampaignDefaults, nextCampaignDefaults } from "@/lib/campaigns/rules";
import { beijingIsoDay, dateInputValue } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { campaignStatusLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { listCampaigns } from "@/server/campaigns/list-campaigns";

export const metadata: Metadata = { title: "年度管理" };

export default async function CampaignsPage() {
  const user = await requireArea("campaigns");
  const campaigns = await listCampaigns(user);
  const now = new Date();
  const latest = campaigns[0];
  const defaults = latest ? nextCampaignDefaults(latest, latest.year + 1) : null;

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">年度管理</h1>
      <p className="text-sm text-slate-600">
        每年的工作方案为一个年度：重点工作任务、牵头部门和目标任务分解表按年度保存，单位、部门和整治结果类别各年度共用。
        “当前年度”是所有账号默认看到的年度，页眉可切换查看其他年度；已关闭的年度只能查看，不能修改。
      </p>
      {campaigns.length === 0 ? (
        <EmptyState>
          本区县尚未开展任何年度的工作。请在下方开启第一个年度：重点工作任务和牵头部门按工作要点建立，目标任务分解表和任务目标数由本区县填写。
        </EmptyState>
      ) : (
        <Table caption="年度列表" className="min-w-[44rem]">
          <THead className="bg-slate-50">
            <Th>年度</Th>
            <Th>名称</Th>
            <Th>开始日期</Th>
            <Th>完成时限</Th>
            <Th>状态</Th>
            <Th>重点工作任务</Th>
            <Th>整治对象</Th>
            <Th>操作</Th>
          </THead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id} data-testid={`campaign-${c.year}`}>
                <Td className="font-medium">
                  {c.year}
                  {c.isCurrent && (
                    <Badge tone="brand" className="ml-2">
                      当前年度
                    </Badge>
                  )}
                </Td>
                <Td label="名称">{c.title}</Td>
                <Td label="开始日期">{formatDate(c.startDate)}</Td>
                <Td label="完成时限">{formatDate(c.deadline)}</Td>
                <Td label="状态">{campaignStatusLabel[campaignStatus(c, now)]}</Td>
                <Td label="重点工作任务">{c._count.taskLines}</Td>
                <Td label="整治对象">{c._count.cases}</Td>
                <Td label="操作">
                  <Link href={`/admin/campaigns/${c.id}`} className={linkClass()} aria-label={`管理${c.year}年度`}>
                    管理
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {!latest && (
        <Card aria-labelledby="first-campaign">
          <h2 id="first-campaign" className="mb-1 font-semibold">
            开启第一个年度
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            按工作要点建立重点工作任务（编号、名称、方面、计量单位、牵头部门、逐项事项）和评价考核方案；任务目标数和目标任务分解表由本区县填写。开启后即为当前年度。
          </p>
          <CreateCampaignForm
            sources={[]}
            initial={firstCampaignDefaults(user.district?.name ?? "", now)}
            today={beijingIsoDay(now)}
          />
        </Card>
      )}
      {latest && defaults && (
        <Card aria-labelledby="new-campaign">
          <h2 id="new-campaign" className="mb-1 font-semibold">
            新建年度
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            复制所选年度的重点工作任务（编号、名称、方面、计量单位、目标、牵头部门、逐项事项）、目标任务分解表和评价考核方案作为起点，建好后再调整。
          </p>
          <CreateCampaignForm
            sources={campaigns.map((c) => ({
              id: c.id,
              year: c.year,
              title: c.title,
              startDate: dateInputValue(c.startDate),
              deadline: dateInputValue(c.deadline),
            }))}
            initial={{
              fromCampaignId: latest.id,
              year: defaults.year,
              title: defaults.title,
              startDate: dateInputValue(defaults.startDate),
              deadline: dateInputValue(defaults.deadline),
            }}
            today={beijingIsoDay(now)}
          />
        </Card>
      )}
    </div>
  );
}
