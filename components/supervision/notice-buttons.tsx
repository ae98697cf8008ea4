"use client";
import { ActionButton } from "@/components/ui/action-button";
import { acknowledgeNotice } from "@/server/supervision/actions/acknowledge-notice";
import { completeFollowUp } from "@/server/supervision/actions/complete-follow-up";

/** A township's acknowledgement of one notice. */
export function AcknowledgeButton({ noticeId }: { noticeId: string }) {
  return (
    <ActionButton action={() => acknowledgeNotice({ noticeId })} label="确认已阅" success="已确认" variant="outline" />
  );
}

/** The office marks an interview's follow-up done. */
export function FollowUpButton({ noticeId }: { noticeId: string }) {
  return (
    <ActionButton
      action={() => completeFollowUp({ noticeId })}
      label="标记已跟踪复查"
      success="已标记跟踪复查"
      variant="outline"
      confirm={{ prompt: "确定该约谈已完成跟踪复查吗？", yes: "确定" }}
    />
  );
}
