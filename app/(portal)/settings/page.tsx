import type { Metadata } from "next";

import { OpinionRequiredSetting } from "@/components/referrals/opinion-required-setting";
import { CampaignForm } from "@/components/settings/campaign-form";
import { ChoiceList, OutcomeList } from "@/components/settings/outcome-list";
import { Card } from "@/components/ui/card";
import { dateInputValue } from "@/lib/dates";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listAllOutcomes, listAllPolicyBases } from "@/server/settings/list-all-outcomes";

export const metadata: Metadata = { title: "工作设置" };

export default async function SettingsPage() {
  const user = await requireArea("settings");
  const [campaign, outcomes, policyBases] = await Promise.all([
    getCurrentCampaign(user),
    listAllOutcomes(),
    listAllPolicyBases(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">工作设置</h1>
      <Card aria-labelledby="campaign-title">
        <h2 id="campaign-title" className="mb-3 font-semibold">
          {campaign.title}
        </h2>
        <CampaignForm
          campaignId={campaign.id}
          version={campaign.version}
          deadline={dateInputValue(campaign.deadline)}
          lagThresholdPoints={campaign.lagThresholdPoints}
        />
      </Card>
      <Card aria-labelledby="opinion-required-title">
        <h2 id="opinion-required-title" className="mb-1 font-semibold">
          行业专家意见
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          勾选后，本年度淘汰落后产能案件须先在案件页咨询行业专家并得到答复，才能验收通过。
        </p>
        <OpinionRequiredSetting
          campaignId={campaign.id}
          version={campaign.version}
          required={campaign.expertOpinionRequired}
        />
      </Card>
      <Card aria-labelledby="outcome-title">
        <h2 id="outcome-title" className="mb-1 font-semibold">
          “低散乱”整治结果类别
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          登记整治提升案件时可选的类别。已被案件使用的类别不能删除，只能停用。
        </p>
        <OutcomeList
          outcomes={outcomes.map((o) => ({ id: o.id, name: o.name, active: o.active, cases: o._count.cases }))}
        />
      </Card>
      <Card aria-labelledby="policy-basis-title">
        <h2 id="policy-basis-title" className="mb-1 font-semibold">
          淘汰落后产能政策依据
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          登记淘汰落后产能案件时选择的《产业结构调整指导目录（2019年本）》淘汰类条目或其他依据；目录中没有的，经办人可填写“其他”。上报验收前须填写。
        </p>
        <ChoiceList
          list="policyBasis"
          items={policyBases.map((b) => ({ id: b.id, name: b.name, active: b.active, cases: b._count.cases }))}
        />
      </Card>
    </div>
  );
}
