"use client";
import { ActionButton } from "@/components/ui/action-button";
import { scheduleReInspections } from "@/server/reinspections/actions/schedule-re-inspections";

/** The office generates the 回头看 tasks for accepted elimination cases not yet scheduled. */
export function ScheduleButton() {
  return (
    <div>
      <ActionButton action={() => scheduleReInspections({})} label="生成回头看任务" variant="primary" size="md"
        success={(data) => (data.created ? `已生成 ${data.created} 件回头看任务` : "没有需要新生成的回头看任务")} />
    </div>
  );
}
