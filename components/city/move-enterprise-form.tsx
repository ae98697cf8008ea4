"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { moveEnterprise } from "@/server/city/actions/move-enterprise";

type Props = {
  enterprise: { id: string; name: string; districtCode: string };
  districts: { code: string; name: string; units: { id: number; name: string }[] }[];
};

/** 市工强办: move the enterprise to a unit of another district, with the reason; asked again in the page first. */
export function MoveEnterpriseForm({ enterprise, districts }: Props) {
  const { pending, notice, fieldErrors, submit, confirmPanel } = useServerAction();
  const others = districts.filter((d) => d.code !== enterprise.districtCode);
  const [code, setCode] = useState(others[0]?.code ?? "");
  const units = others.find((d) => d.code === code)?.units ?? [];
  const onSubmit = submit(
    (form) =>
      moveEnterprise({
        enterpriseId: enterprise.id,
        districtCode: text(form, "districtCode"),
        unitId: text(form, "unitId"),
        reason: text(form, "reason"),
      }),
    "企业已迁入新的区县（市）",
    {
      confirm: (form) => {
        const to = others.find((d) => d.code === text(form, "districtCode"));
        const unit = to?.units.find((u) => String(u.id) === text(form, "unitId"));
        return to && unit
          ? {
              prompt: `将“${enterprise.name}”迁入${to.name}${unit.name}？已验收的整治对象仍留在原区县的台账和数字中。`,
              yes: "确认迁移",
            }
          : null;
      },
    },
  );
  if (others.length === 0) return <p className="text-sm text-slate-600">全市只有一个区县（市），无需迁移。</p>;
  return (
    <form onSubmit={onSubmit} aria-label="企业跨区县迁移" className="grid gap-3 sm:grid-cols-2">
      <Field label="迁入区县（市）" error={fieldErrors.districtCode?.[0]}>
        <select name="districtCode" value={code} onChange={(e) => setCode(e.target.value)} className={inputClass}>
          {others.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="迁入镇（乡）、街道、园区" error={fieldErrors.unitId?.[0]}>
        <select name="unitId" key={code} defaultValue="" className={inputClass}>
          <option value="" disabled>
            请选择
          </option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field label="迁移原因" error={fieldErrors.reason?.[0]} hint="如：企业整体搬迁至江北区，经两区工强办确认">
          <input name="reason" required maxLength={200} className={inputClass} />
        </Field>
      </div>
      {confirmPanel}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "迁移中…" : "迁移企业"}
        </Button>
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
