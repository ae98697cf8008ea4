"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { formatDate } from "@/lib/format";

type Found = { reference: string; status: string; receivedAt: string; since: string | null };

/** Looks up a tip's status by its reference number — the only thing the public can read. */
export function TipLookup() {
  const [found, setFound] = useState<Found | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const ref = String(new FormData(e.currentTarget).get("ref") ?? "").trim();
    setFound(null);
    setMessage(null);
    if (!ref) return setMessage({ ok: false, text: "请输入受理编号" });
    const res = await fetch(`/api/tips/public?ref=${encodeURIComponent(ref)}`).catch(() => null);
    const body = await res?.json().catch(() => null);
    if (res?.ok && body?.ok) setFound(body);
    else setMessage({ ok: false, text: body?.message ?? "查询失败，请稍后重试" });
  }

  return (
    <form onSubmit={onSubmit} className={cardClass({ className: "space-y-3" })}>
      <h2 className="font-semibold">查询办理进度</h2>
      <Field label="受理编号">
        <input name="ref" className={`${inputClass} font-mono uppercase`} placeholder="JB20200101-XXXXXXXXXX" />
      </Field>
      <Button type="submit" variant="secondary">
        查询
      </Button>
      <FormMessage message={message} />
      {found && (
        <p role="status" data-testid="tip-status" className="rounded bg-slate-50 px-3 py-2 text-sm">
          {found.reference}：{found.status}（受理日期 {formatDate(new Date(found.receivedAt))}
          {found.since && found.since !== found.receivedAt ? `，状态更新 ${formatDate(new Date(found.since))}` : ""}）
        </p>
      )}
    </form>
  );
}
