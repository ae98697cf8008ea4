"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { CampaignFields, campaignFieldValues } from "@/components/campaigns/campaign-fields";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { createCampaign } from "@/server/campaigns/actions/create-campaign";

type Source = { id: number; year: number; title: string; startDate: string; deadline: string };
/** fromCampaignId null: the district's first year, from the work plan (no year to copy). */
type Initial = { fromCampaignId: number | null; year: number; title: string; startDate: string; deadline: string };

export function CreateCampaignForm({
  sources,
  initial,
  today,
}: {
  sources: Source[];
  initial: Initial;
  today: string;
}) {
  const router = useRouter();
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const [deadline, setDeadline] = useState(initial.deadline);
  // A year whose deadline has passed is 已结束 the moment it exists: say so before it is created.
  const over = /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < today;
  const onSubmit = submit(
    (form) =>
      createCampaign({
        fromCampaignId: text(form, "fromCampaignId"),
        year: text(form, "year"),
        ...campaignFieldValues(form),
      }),
    "已新建年度，请调整目标任务",
    { onOk: (data) => router.push(`/admin/campaigns/${data.id}`) },
  );

  return (
    <form
      onSubmit={onSubmit}
      onInput={(e) => {
        const t = e.target as HTMLInputElement;
        if (t.name === "deadline") setDeadline(t.value);
      }}
      className="grid gap-3 sm:grid-cols-2"
      noValidate
    >
      {sources.length > 0 && (
        <Field label="复制自" error={fieldErrors.fromCampaignId?.[0]}>
          <select name="fromCampaignId" defaultValue={initial.fromCampaignId ?? undefined} className={inputClass}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.year}年度：{s.title}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="年度" error={fieldErrors.year?.[0]}>
        <input
          type="number"
          name="year"
          min={2000}
          max={2100}
          step={1}
          required
          defaultValue={initial.year}
          className={inputClass}
        />
      </Field>
      <CampaignFields
        title={initial.title}
        startDate={initial.startDate}
        deadline={initial.deadline}
        errors={fieldErrors}
      />
      <div className="space-y-2 sm:col-span-2">
        {over && (
          <p
            role="note"
            data-testid="campaign-over-note"
            className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            完成时限 {deadline} 已过：该年度新建后即为“已结束”。如要开展今年的工作，请改为今年的年度和日期。
          </p>
        )}
        <FormMessage message={notice} />
        <Button type="submit" disabled={pending}>
          {pending ? "正在新建…" : sources.length > 0 ? "新建年度" : "开启第一个年度"}
        </Button>
      </div>
    </form>
  );
}
