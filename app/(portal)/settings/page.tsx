import type { Metadata } from "next";
import { CampaignForm } from "@/components/settings/campaign-form";
import { OutcomeList } from "@/components/settings/outcome-list";
import { Card } from "@/components/ui/card";
import { dateInputValue } from "@/lib/dates";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listAllOutcomes } from "@/server/settings/list-all-outcomes";

export const metadata: Metadata = { title: "工作设置" };

export default async function SettingsPage() {
  await requireArea("settings");
  const [campaign, outcomes] = await Promise.all([getCurrentCampaign(), listAllOutcomes()]);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">工作设置</h1>
      <Card aria-labelledby="campaign-title">
        <h2 id="campaign-title" className="mb-3 font-semibold">{campaign.title}</h2>
        <CampaignForm campaignId={campaign.id} version={campaign.version} deadline={dateInputValue(campaign.deadline)} lagThresholdPoints={campaign.lagThresholdPoints} />
      </Card>
      <Card aria-labelledby="outcome-title">
        <h2 id="outcome-title" className="mb-1 font-semibold">“低散乱”整治结果类别</h2>
        <p className="mb-2 text-sm text-slate-600">登记整治提升案件时可选的类别。已被案件使用的类别不能删除，只能停用。</p>
        <OutcomeList outcomes={outcomes.map((o) => ({ id: o.id, name: o.name, active: o.active, cases: o._count.cases }))} />
      </Card>
    </div>
  );
}
