"use client";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { updateUnitContact } from "@/server/units/actions/update-contact";

type Props = { unitId: number; version: number; contactName: string; contactPhone: string };

export function UnitContactForm(props: Props) {
  const { pending, notice, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      updateUnitContact({
        unitId: props.unitId,
        version: props.version,
        contactName: text(form, "contactName"),
        contactPhone: text(form, "contactPhone"),
      }),
    "已保存",
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <label className="block">
        <span className="text-sm">联系人</span>
        <input
          name="contactName"
          defaultValue={props.contactName}
          required
          maxLength={20}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2"
        />
      </label>
      <label className="block">
        <span className="text-sm">联系电话</span>
        <input
          name="contactPhone"
          type="tel"
          inputMode="tel"
          defaultValue={props.contactPhone}
          required
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2"
        />
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "保存中…" : "保存"}
      </Button>
      <div className="sm:col-span-3">
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
