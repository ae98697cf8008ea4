"use client";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
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
  const { pending, notice, run } = useServerAction();
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
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get("productionLicence") ?? "");
    run(
      () => updateProductionLicence({ enterpriseId, productionLicence: value }),
      value.trim() ? "生产许可证编号已保存" : "已记为无生产许可证",
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 text-sm" aria-label="生产许可证编号">
      <label>
        生产许可证编号（无则留空）
        <input
          name="productionLicence"
          maxLength={50}
          defaultValue={licence ?? ""}
          autoCapitalize="characters"
          className="ml-1 rounded border border-slate-300 px-2 py-1 font-mono uppercase"
        />
      </label>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? "保存中…" : "保存"}
      </Button>
      <FormMessage message={notice} />
    </form>
  );
}
