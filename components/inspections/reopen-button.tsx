"use client";
import { ActionButton } from "@/components/ui/action-button";
import { reopenFindingCase } from "@/server/inspections/actions/reopen-finding-case";

/** 据此重新打开案件: the office reopens the accepted case a finding concerns (the case's REOPEN rule). */
export function ReopenCaseButton({ findingId, version }: { findingId: string; version: number }) {
  return (
    <ActionButton
      action={() => reopenFindingCase({ findingId, version })}
      label="据此撤销验收"
      variant="dangerOutline"
      success="已撤销验收"
      confirm={{
        prompt: "确定据此问题撤销该整治对象的验收吗？整治对象将回到推进中，不再计入已验收。",
        yes: "撤销验收",
      }}
    />
  );
}
