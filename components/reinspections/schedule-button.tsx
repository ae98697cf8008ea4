"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/form";
import { scheduleReInspections } from "@/server/reinspections/actions/schedule-re-inspections";

/** The office generates the 回头看 tasks for accepted elimination cases not yet scheduled. */
export function ScheduleButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const res = await scheduleReInspections({});
          setMessage(res.ok ? { ok: true, text: res.data.created ? `已生成 ${res.data.created} 件回头看任务` : "没有需要新生成的回头看任务" } : { ok: false, text: res.message });
          if (res.ok) router.refresh();
        })}>
        生成回头看任务
      </button>
      <FormMessage message={message} />
    </div>
  );
}
