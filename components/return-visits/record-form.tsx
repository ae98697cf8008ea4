"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass, RadioChoices } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { ReturnVisitResult } from "@/lib/generated/prisma/enums";
import { returnVisitResultLabel } from "@/lib/labels";
import { recordReturnVisit } from "@/server/return-visits/actions/record-return-visit";

/** The office or the department records a 回访 visit (the township may accompany); "resumed" warns that the case will be reopened. */
export function RecordReturnVisitForm({ id, version, today }: { id: string; version: number; today: string }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();

  const result = (form: FormData) => String(form.get("result") ?? "") as ReturnVisitResult;
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          recordReturnVisit({
            id,
            version,
            visitedOn: String(form.get("visitedOn") ?? ""),
            result: result(form),
            note: String(form.get("note") ?? ""),
            accompaniedBy: String(form.get("accompaniedBy") ?? ""),
          }),
        "已录入",
      ),
    (form) =>
      result(form) === "RESUMED"
        ? "确定录入“死灰复燃”吗？将撤销该整治对象的验收，不再计入已验收，并通知区工强办和属地镇（乡）街道。"
        : "确定提交回访结果吗？提交后不能修改。",
  );

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field label="回访日期" error={errors.visitedOn?.[0]}>
        <input type="date" name="visitedOn" defaultValue={today} max={today} className={inputClass} />
      </Field>
      <RadioChoices legend="回访结果" name="result" labels={returnVisitResultLabel} error={errors.result?.[0]} />
      <Field label="回访情况" error={errors.note?.[0]}>
        <textarea name="note" rows={3} maxLength={2000} className={inputClass} />
      </Field>
      <Field
        label="属地陪同人员（选填）"
        error={errors.accompaniedBy?.[0]}
        hint="属地镇（乡）街道可陪同回访，由部门或区工强办录入"
      >
        <input name="accompaniedBy" maxLength={100} className={inputClass} />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        提交回访结果
      </Button>
      {panel}
    </form>
  );
}
