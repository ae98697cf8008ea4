"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeNotice } from "@/server/supervision/actions/acknowledge-notice";
import { completeFollowUp } from "@/server/supervision/actions/complete-follow-up";

const ACTIONS = {
  acknowledge: { run: acknowledgeNotice, label: "确认已阅", confirm: null },
  followUp: { run: completeFollowUp, label: "标记已跟踪复查", confirm: "确定该约谈已完成跟踪复查吗？" },
} as const;

/** A township's acknowledgement, or the office's follow-up done, for one notice. */
export function NoticeButton({ noticeId, kind }: { noticeId: string; kind: keyof typeof ACTIONS }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const def = ACTIONS[kind];
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={pending} className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        onClick={() => {
          if (def.confirm && !window.confirm(def.confirm)) return;
          startTransition(async () => {
            const res = await def.run({ noticeId });
            if (res.ok) router.refresh();
            else setError(res.message);
          });
        }}>
        {def.label}
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
