"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { closeSteelFollowUp } from "@/server/steel/actions/close-steel-follow-up";

/** Records the re-check of an inspection's rectification (date and what was found); confirmed in the page. */
export function SteelFollowUpForm({
  id,
  version,
  enterprise,
  today,
  min,
}: {
  id: string;
  version: number;
  enterprise: string;
  today: string;
  min: string;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          closeSteelFollowUp({
            id,
            version,
            followUpDoneOn: String(form.get("followUpDoneOn") ?? ""),
            followUpNote: String(form.get("followUpNote") ?? ""),
          }),
        "整改复查已登记",
      ),
    `确定登记“${enterprise}”的整改复查吗？登记后不能修改。`,
  );
  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-2" noValidate aria-label={`${enterprise}整改复查`}>
      <Field label="复查日期" error={errors.followUpDoneOn?.[0]}>
        <input type="date" name="followUpDoneOn" defaultValue={today} min={min} max={today} className={inputClass} />
      </Field>
      <Field label="复查情况" error={errors.followUpNote?.[0]}>
        <textarea name="followUpNote" rows={2} maxLength={2000} className={inputClass} />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" size="sm" disabled={pending}>
        登记复查
      </Button>
      {panel}
    </form>
  );
}
