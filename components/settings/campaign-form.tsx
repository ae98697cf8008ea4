"use client";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { updateCampaign } from "@/server/settings/actions/update-campaign";

type Props = { campaignId: number; version: number; deadline: string; lagThresholdPoints: number };

export function CampaignForm({ campaignId, version, deadline, lagThresholdPoints }: Props) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      updateCampaign({
        campaignId,
        version,
        deadline: text(form, "deadline"),
        lagThresholdPoints: text(form, "lagThresholdPoints"),
      }),
    "已保存",
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field label="年度完成时限" error={fieldErrors.deadline?.[0]}>
        <input type="date" name="deadline" required defaultValue={deadline} className={inputClass} />
      </Field>
      <Field label="进展较慢阈值（完成率低于序时进度的百分点数）" error={fieldErrors.lagThresholdPoints?.[0]}>
        <input
          type="number"
          name="lagThresholdPoints"
          min={0}
          max={100}
          step={1}
          required
          defaultValue={lagThresholdPoints}
          className={inputClass}
        />
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage message={notice} />
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "保存"}
        </Button>
      </div>
    </form>
  );
}
