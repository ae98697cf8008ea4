import type { Metadata } from "next";

import { RegisterCaseForm } from "@/components/cases/register-case-form";
import { campaignEnded } from "@/lib/campaigns/rules";
import { dateInputValue } from "@/lib/dates";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listOutsideTargetCategories } from "@/server/campaigns/list-outside-target-categories";
import { listOutcomes } from "@/server/cases/list-outcomes";
import { listPolicyBases } from "@/server/cases/list-policy-bases";
import { districtOf } from "@/server/scope";

export const metadata: Metadata = { title: "登记整治对象" };

export default async function NewCasePage() {
  const user = await requireArea("registration");
  const campaign = await getCurrentCampaign(user);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">登记整治对象（{user.unit?.name}）</h1>
      <RegisterCaseForm
        outcomes={await listOutcomes(districtOf(user))}
        policyBases={await listPolicyBases(districtOf(user))}
        outsideTarget={await listOutsideTargetCategories(user, campaign.id)}
        campaign={{
          year: campaign.year,
          deadline: dateInputValue(campaign.deadline),
          ended: campaignEnded(campaign, new Date()),
        }}
      />
    </div>
  );
}
