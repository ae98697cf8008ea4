"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationsRead } from "@/server/notifications/actions/mark-notifications-read";

/** Marks one notification (or, without `id`, all of them) read. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button type="button" disabled={pending} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60"
      onClick={() => startTransition(async () => { await markNotificationsRead({ id }); router.refresh(); })}>
      {label}
    </button>
  );
}
