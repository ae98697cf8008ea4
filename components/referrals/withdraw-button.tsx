"use client";
import { ActionButton } from "@/components/ui/action-button";
import { withdrawReferral } from "@/server/referrals/actions/withdraw-referral";

/** 撤回 a referral not yet answered, confirmed in the page. */
export function WithdrawReferralButton({ referralId, version }: { referralId: string; version: number }) {
  return (
    <ActionButton
      label="撤回咨询"
      variant="dangerOutline"
      action={() => withdrawReferral({ referralId, version })}
      success="已撤回"
      confirm={{ prompt: "撤回这次专家咨询？专家将不能再查看该整治对象。", yes: "撤回" }}
    />
  );
}
