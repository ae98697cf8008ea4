"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateUnitContact } from "@/server/units/actions/update-contact";

type Props = { unitId: number; version: number; contactName: string; contactPhone: string };

export function UnitContactForm(props: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const res = await updateUnitContact({
        unitId: props.unitId,
        version: props.version,
        contactName: form.get("contactName"),
        contactPhone: form.get("contactPhone"),
      });
      setMessage(res.ok ? { ok: true, text: "已保存" } : { ok: false, text: res.message });
      if (res.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <label className="block">
        <span className="text-sm">联系人</span>
        <input name="contactName" defaultValue={props.contactName} required maxLength={20}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
      </label>
      <label className="block">
        <span className="text-sm">联系电话</span>
        <input name="contactPhone" type="tel" inputMode="tel" defaultValue={props.contactPhone} required
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
      </label>
      <button type="submit" disabled={pending}
        className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "保存中…" : "保存"}
      </button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`sm:col-span-3 text-sm ${message.ok ? "text-green-700" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
