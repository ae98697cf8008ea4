"use client";
import { useState } from "react";

import { EnterprisePicker, type NewEnterprise, type PickedEnterprise } from "@/components/tasks/enterprise-picker";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass, RadioChoices } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { SteelCheckResult } from "@/lib/generated/prisma/enums";
import { steelCheckLabel } from "@/lib/labels";
import { RED_LINES } from "@/lib/steel/rules";
import { recordSteelInspection } from "@/server/steel/actions/record-steel-inspection";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** 区发改局 (or the office) records one enterprise visit: the three red lines, the conclusion and, when a red line is found, the follow-up. */
export function SteelInspectionForm({
  units,
  today,
  start,
}: {
  units: { id: number; name: string }[];
  today: string;
  start: string;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const [picked, setPicked] = useState<PickedEnterprise[]>([]);
  const [added, setAdded] = useState<NewEnterprise[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);

  const { onSubmit, panel } = useFormSubmit((form, el) => {
    if (picked.length + added.length !== 1) return setLocalError("请选择（或新增）一家被巡查企业，每次登记一家");
    setLocalError(null);
    const check = (name: string) => text(form, name) as SteelCheckResult;
    run(
      () =>
        recordSteelInspection({
          enterpriseId: picked[0]?.id ?? null,
          newEnterprise: added[0] ?? null,
          inspectedOn: text(form, "inspectedOn"),
          inspectors: text(form, "inspectors"),
          newCapacity: check("newCapacity"),
          newCapacityNote: text(form, "newCapacityNote"),
          revivedCapacity: check("revivedCapacity"),
          revivedCapacityNote: text(form, "revivedCapacityNote"),
          substandardSteel: check("substandardSteel"),
          substandardSteelNote: text(form, "substandardSteelNote"),
          finding: text(form, "finding"),
          rectification: text(form, "rectification"),
          followUpDue: text(form, "followUpDue"),
        }),
      "巡查记录已登记，已计入 T10 进度",
      () => {
        el.reset();
        setPicked([]);
        setAdded([]);
      },
    );
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="登记钢铁行业巡查">
      <EnterprisePicker units={units} picked={picked} onPick={setPicked} added={added} onAdd={setAdded} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="巡查日期" error={errors.inspectedOn?.[0]}>
          <input type="date" name="inspectedOn" defaultValue={today} min={start} max={today} className={inputClass} />
        </Field>
        <Field label="检查人员" error={errors.inspectors?.[0]}>
          <input name="inspectors" maxLength={200} placeholder="如：区发改局 张三、李四" className={inputClass} />
        </Field>
      </div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">三条红线</legend>
        {RED_LINES.map((r) => (
          <div key={r.key} className="space-y-1">
            <RadioChoices legend={r.label} name={r.key} labels={steelCheckLabel} error={errors[r.key]?.[0]} />
            <Field label={`${r.label}：情况说明（发现问题时必填）`} error={errors[r.note]?.[0]}>
              <textarea name={r.note} rows={2} maxLength={1000} className={inputClass} />
            </Field>
          </div>
        ))}
      </fieldset>
      <Field label="巡查结论" error={errors.finding?.[0]}>
        <textarea name="finding" rows={2} maxLength={2000} className={inputClass} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="整改要求（发现红线问题时必填）" error={errors.rectification?.[0]}>
          <textarea name="rectification" rows={2} maxLength={2000} className={inputClass} />
        </Field>
        <Field label="复查期限（发现红线问题时必填）" error={errors.followUpDue?.[0]}>
          <input type="date" name="followUpDue" min={start} className={inputClass} />
        </Field>
      </div>
      {localError && (
        <p role="alert" className="text-sm text-red-700">
          {localError}
        </p>
      )}
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        登记巡查
      </Button>
      {panel}
    </form>
  );
}
