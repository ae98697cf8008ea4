"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";

/** The office confirms one entry of the 联合惩戒 list. */
export function ConfirmPunishmentButton({ caseId, enterprise }: { caseId: string; enterprise: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" disabled={pending} className="rounded border border-red-700 px-3 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
        aria-label={`确认列入：${enterprise}`}
        onClick={() => {
          if (!window.confirm(`确定将“${enterprise}”列入联合惩戒名单吗？名单将报送信用信息平台。`)) return;
          startTransition(async () => {
            const res = await confirmPunishment({ caseId });
            if (res.ok) router.refresh();
            else setError(res.message);
          });
        }}>
        确认列入
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
