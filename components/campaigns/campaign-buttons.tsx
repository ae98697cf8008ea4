"use client";
import { ActionButton } from "@/components/ui/action-button";
import { closeCampaign } from "@/server/campaigns/actions/close-campaign";
import { setCurrentCampaign } from "@/server/campaigns/actions/set-current-campaign";

export function SetCurrentButton({ campaignId, year }: { campaignId: number; year: number }) {
  return (
    <ActionButton
      action={() => setCurrentCampaign({ campaignId })}
      label="设为当前年度"
      variant="outline"
      success="已设为当前年度"
      confirm={{
        prompt: `将 ${year} 年度设为当前年度？所有账号默认看到该年度，并在该年度登记、填报。`,
        yes: "设为当前年度",
      }}
    />
  );
}

export function CloseCampaignButton({
  campaignId,
  version,
  year,
}: {
  campaignId: number;
  version: number;
  year: number;
}) {
  return (
    <ActionButton
      action={() => closeCampaign({ campaignId, version })}
      label={`关闭${year}年度`}
      variant="danger"
      success="已关闭年度"
      confirm={{ prompt: `关闭 ${year} 年度后，本年度所有数据不能再修改，且不能重新打开。确定关闭？`, yes: "确定关闭" }}
    />
  );
}
