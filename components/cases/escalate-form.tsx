"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { escalationPath } from "@/lib/cases/escalation";
import type { Dimension } from "@/lib/generated/prisma/enums";
import { dimensionLabel } from "@/lib/labels";
import { escalateCase } from "@/server/cases/actions/escalate-case";

/** 升级处置: the office or the lead department escalates the case to closure, with its reason, after an in-page confirmation. */
export function EscalateForm({
  caseId,
  version,
  dimensions,
}: {
  caseId: string;
  version: number;
  dimensions: Dimension[];
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          escalateCase({
            caseId,
            version,
            dimension: String(form.get("dimension")) as Dimension,
            reason: String(form.get("reason") ?? ""),
          }),
        "已升级处置",
      ),
    "确定升级处置吗？整治对象的整治结果将改为关停，记录不可撤销。",
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="升级处置">
      <Field label="方面" error={errors.dimension?.[0]}>
        <select name="dimension" defaultValue={dimensions[0]} className={inputClass}>
          {dimensions.map((d) => (
            <option key={d} value={d}>
              {dimensionLabel[d]}：{escalationPath[d]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="升级处置理由" error={errors.reason?.[0]} hint="如：限期整改期满复查，单位产品能耗仍超过限额标准">
        <textarea name="reason" required minLength={5} rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" variant="danger" disabled={pending}>
        升级处置
      </Button>
      {panel}
    </form>
  );
}
