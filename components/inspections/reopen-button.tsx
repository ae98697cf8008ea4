"use client";
import { ActionButton } from "@/components/ui/action-button";
import { reopenFindingCase } from "@/server/inspections/actions/reopen-finding-case";

/** 据此重新打开案件: the office reopens the accepted case a finding concerns (the case's REOPEN rule). */
export function ReopenCaseButton({ findingId, version }: { findingId: string; version: number }) {
  return (
    <ActionButton
      action={() => reopenFindingCase({ findingId, version })}
      label="据此重新打开案件"
      variant="dangerOutline"
      success="案件已重新打开"
      confirm={{ prompt: "确定据此问题重新打开该案件吗？案件将回到整治中，不再计入已验收。", yes: "重新打开" }}
    />
  );
}
