"use client";
import { ActionButton } from "@/components/ui/action-button";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";

/** The office confirms one entry of the 联合惩戒 list. */
export function ConfirmPunishmentButton({ caseId, enterprise }: { caseId: string; enterprise: string }) {
  return (
    <ActionButton
      action={() => confirmPunishment({ caseId })}
      label="确认列入"
      aria-label={`确认列入：${enterprise}`}
      variant="dangerOutline"
      success="已列入联合惩戒名单"
      confirm={{ prompt: `确定将“${enterprise}”列入联合惩戒名单吗？名单将报送信用信息平台。`, yes: "确定列入" }}
    />
  );
}
