"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FormOutcome } from "@/components/ui/error-summary";
import { Field, inputClass } from "@/components/ui/field";
import { fetchResult, refusal, text, useServerAction } from "@/components/use-server-action";
import { formatDate } from "@/lib/format";

type Found = { reference: string; status: string; receivedAt: string; since: string | null };

/** Looks up a tip's status by its reference number — the only thing the public can read. */
export function TipLookup() {
  const [found, setFound] = useState<Found | null>(null);
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) => {
      setFound(null);
      const ref = text(form, "ref").trim();
      if (!ref) return Promise.resolve(refusal("ref", "请输入受理编号"));
      return fetchResult<Found>(`/api/tips/public?ref=${encodeURIComponent(ref)}`);
    },
    // The status is the answer (below); no notice besides it.
    () => null,
    { onOk: setFound },
  );

  return (
    <form onSubmit={onSubmit} className={cardClass({ className: "space-y-3" })}>
      <h2 className="font-semibold">查询办理进度</h2>
      <Field label="受理编号" error={fieldErrors.ref?.[0]}>
        <input name="ref" className={`${inputClass} font-mono uppercase`} placeholder="JB20200101-XXXXXXXXXX" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "查询中…" : "查询"}
      </Button>
      <FormOutcome notice={notice} errors={fieldErrors} />
      {found && (
        <p role="status" data-testid="tip-status" className="rounded bg-slate-50 px-3 py-2 text-sm">
          {found.reference}：{found.status}（受理日期 {formatDate(new Date(found.receivedAt))}
          {found.since && found.since !== found.receivedAt ? `，状态更新 ${formatDate(new Date(found.since))}` : ""}）
        </p>
      )}
    </form>
  );
}
