"use client";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Field, FormMessage, inputClass, NamedOptions } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { correctEnterprise } from "@/server/enterprises/actions/correct-enterprise";

type Props = {
  enterprise: { id: string; unitId: number; creditCode: string | null };
  units: { id: number; name: string }[];
};

/** 区工强办: correct the enterprise's territory and credit code (the case moves with it); the reason is audited. */
export function CorrectEnterpriseForm({ enterprise, units }: Props) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      correctEnterprise({
        enterpriseId: enterprise.id,
        unitId: text(form, "unitId"),
        creditCode: text(form, "creditCode"),
        reason: text(form, "reason"),
      }),
    "企业属地和信用代码已更正",
  );

  return (
    <details className={cardClass()}>
      <summary className="cursor-pointer font-semibold">更正企业属地或信用代码（区工强办）</summary>
      <form onSubmit={onSubmit} aria-label="更正企业信息" className="mt-3 grid gap-3 sm:grid-cols-2">
        <Field label="所在镇（街道）、园区" error={fieldErrors.unitId?.[0]}>
          <select name="unitId" defaultValue={enterprise.unitId} className={inputClass}>
            <NamedOptions items={units} />
          </select>
        </Field>
        <Field label="统一社会信用代码" error={fieldErrors.creditCode?.[0]} hint="留空表示无代码">
          <input
            name="creditCode"
            defaultValue={enterprise.creditCode ?? ""}
            maxLength={18}
            autoCapitalize="characters"
            className={`${inputClass} font-mono`}
          />
        </Field>
        <div className="sm:col-span-2">
          <Field label="更正原因" error={fieldErrors.reason?.[0]}>
            <input name="reason" required maxLength={200} className={inputClass} />
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "保存中…" : "保存更正"}
          </Button>
          <FormMessage message={notice} />
        </div>
      </form>
    </details>
  );
}
