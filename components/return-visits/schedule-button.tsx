"use client";
import { ActionButton } from "@/components/ui/action-button";
import { scheduleReturnVisits } from "@/server/return-visits/actions/schedule-return-visits";

/** The office generates the 回访 tasks for accepted elimination cases not yet scheduled. */
export function ScheduleButton() {
  return (
    <div>
      <ActionButton
        action={() => scheduleReturnVisits({})}
        label="生成回访任务"
        variant="primary"
        size="md"
        success={(data) => (data.created ? `已生成 ${data.created} 件回访任务` : "没有需要新生成的回访任务")}
      />
    </div>
  );
}
