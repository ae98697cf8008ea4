import type { Metadata } from "next";

import { OpinionRequiredSetting } from "@/components/referrals/opinion-required-setting";
import { CampaignForm } from "@/components/settings/campaign-form";
import { ChoiceList, OutcomeList } from "@/components/settings/outcome-list";
import { PolicyIssuerList } from "@/components/settings/policy-issuer-list";
import { Card } from "@/components/ui/card";
import { dateInputValue } from "@/lib/dates";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { districtOf } from "@/server/scope";
import { issuerDepartmentNames, listAllOutcomes, listAllPolicyBases } from "@/server/settings/list-all-outcomes";

export const metadata: Metadata = { title: "工作设置" };

export default async function SettingsPage() {
  const user = await requireArea("settings");
  const [campaign, outcomes, policyBases, departments] = await Promise.all([
    getCurrentCampaign(user),
    listAllOutcomes(districtOf(user)),
    listAllPolicyBases(districtOf(user)),
    issuerDepartmentNames(districtOf(user)),
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
          勾选后，本年度淘汰落后产能企业须先在整治对象页面咨询行业专家并得到答复，才能验收通过。
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
          登记整治提升对象时可选的类别。已被整治对象使用的类别不能删除，只能停用。
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
          登记淘汰落后产能企业时选择的《产业结构调整指导目录（2019年本）》淘汰类条目或其他依据；目录中没有的，经办人可填写“其他”。上报验收前须填写。
        </p>
        <ChoiceList
          list="policyBasis"
          items={policyBases.map((b) => ({ id: b.id, name: b.name, active: b.active, cases: b._count.cases }))}
        />
      </Card>
      <Card aria-labelledby="policy-issuer-title">
        <h2 id="policy-issuer-title" className="mb-1 font-semibold">
          政策依据的发布机关（T9 审核部门）
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          按工作方案“区发改局、区经信局按职责分别牵头”：国家发改委《产业结构调整指导目录》的条目由
          {departments.NDRC_CATALOGUE}审核产业政策方面并计入其T9分项，工业和信息化部产业政策的条目由{departments.MIIT}
          负责。修改只影响今后登记或改选该依据的整治对象；已登记的仍由原记录的部门负责，需要时在整治对象页面逐个更正。
        </p>
        <PolicyIssuerList
          departments={departments}
          bases={policyBases.map((b) => ({
            id: b.id,
            name: b.name,
            issuer: b.issuer,
            version: b.version,
            active: b.active,
            cases: b._count.cases,
          }))}
        />
      </Card>
    </div>
  );
}
