"use client";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/error-summary";
import { Field, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { updateProductionLicence } from "@/server/licences/actions/update-production-licence";

/** 生产许可证编号 of the case's enterprise: shown to all who read the case, editable by its township, the office and 区市场监管局. */
export function ProductionLicenceForm({
  enterpriseId,
  licence,
  editable,
}: {
  enterpriseId: string;
  licence: string | null;
  editable: boolean;
}) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) => updateProductionLicence({ enterpriseId, productionLicence: text(form, "productionLicence") }),
    (_, form) => (text(form, "productionLicence").trim() ? "生产许可证编号已保存" : "已记为无生产许可证"),
  );
  if (!editable) {
    return (
      <p className="text-sm text-slate-600">
        生产许可证编号：
        <span className="font-mono" data-testid="production-licence">
          {licence ?? "无"}
        </span>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 text-sm" aria-label="生产许可证编号">
      <Field label="生产许可证编号（无则留空）" error={fieldErrors.productionLicence?.[0]}>
        <input
          name="productionLicence"
          maxLength={50}
          defaultValue={licence ?? ""}
          autoCapitalize="characters"
          className={`${inputClass} font-mono uppercase`}
        />
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? "保存中…" : "保存"}
      </Button>
      <FormOutcome notice={notice} errors={fieldErrors} />
    </form>
  );
}
