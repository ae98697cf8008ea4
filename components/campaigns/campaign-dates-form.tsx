"use client";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { updateCampaignDates } from "@/server/campaigns/actions/update-campaign-dates";

type Props = { campaignId: number; version: number; title: string; startDate: string; deadline: string };

export function CampaignDatesForm({ campaignId, version, title, startDate, deadline }: Props) {
  const { pending, notice, fieldErrors, run } = useServerAction();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = (k: string) => String(f.get(k) ?? "");
    run(() => updateCampaignDates({ campaignId, version, title: value("title"), startDate: value("startDate"), deadline: value("deadline") }), "已保存");
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <Field label="年度名称" error={fieldErrors.title?.[0]}>
          <input name="title" required maxLength={100} defaultValue={title} className={inputClass} />
        </Field>
      </div>
      <Field label="开始日期" error={fieldErrors.startDate?.[0]}>
        <input type="date" name="startDate" required defaultValue={startDate} className={inputClass} />
      </Field>
      <Field label="完成时限" error={fieldErrors.deadline?.[0]}>
        <input type="date" name="deadline" required defaultValue={deadline} className={inputClass} />
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage message={notice} />
        <Button type="submit" disabled={pending}>{pending ? "保存中…" : "保存日期"}</Button>
      </div>
    </form>
  );
}
