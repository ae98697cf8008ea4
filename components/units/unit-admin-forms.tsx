"use client";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { unitKindLabel } from "@/lib/labels";
import { createUnit } from "@/server/units/actions/create-unit";
import { updateUnit } from "@/server/units/actions/update-unit";

const KINDS: UnitKind[] = ["TOWN", "XIANG", "SUBDISTRICT", "PARK"];

/** A whole number typed in a field (NaN when empty, which the action refuses at the field). */
const num = (form: FormData, name: string) => (text(form, name) === "" ? Number.NaN : Number(text(form, name)));

/** 新增单位: name, kind, 统计用区划代码 (a park's internal code) and its place in the annex order. */
export function NewUnitForm({ districtCode, nextOrder }: { districtCode: string; nextOrder: number }) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      createUnit({
        name: text(form, "name"),
        kind: text(form, "kind") as UnitKind,
        code: text(form, "code"),
        displayOrder: num(form, "displayOrder"),
      }),
    (d) => `已新增${d.name}（${d.code}），请在年度管理的目标任务分解中为它分解任务，并在用户管理中为它建立账号`,
    { onOk: (_d, form) => form.reset() },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="新增单位">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="单位名称" error={fieldErrors.name?.[0]} hint="如 古林镇、龙观乡、石碶街道、望春工业园区">
          <input name="name" required maxLength={20} autoComplete="off" className={inputClass} />
        </Field>
        <Field label="单位类型" error={fieldErrors.kind?.[0]}>
          <select name="kind" required defaultValue="TOWN" className={`${inputClass} min-h-11`}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {unitKindLabel[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="统计用区划代码"
          error={fieldErrors.code?.[0]}
          hint={`12位统计用区划代码（或其前9位），如 ${districtCode}102000；园区填内部编码，如 ${districtCode}P01`}
        >
          <input name="code" required maxLength={12} autoComplete="off" className={inputClass} />
        </Field>
        <Field label="排列顺序" error={fieldErrors.displayOrder?.[0]} hint="在分解表和各列表中的位置，数字小的在前">
          <input
            name="displayOrder"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            required
            defaultValue={nextOrder}
            className={inputClass}
          />
        </Field>
      </div>
      <SubmitRow pending={pending} label="新增单位" pendingLabel="正在新增…" notice={notice} errors={fieldErrors} />
    </form>
  );
}

/** 修改单位: its name and its place in the annex order (kind and code stay). */
export function EditUnitForm({ unit }: { unit: { id: number; name: string; displayOrder: number; version: number } }) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      updateUnit({
        unitId: unit.id,
        version: unit.version,
        name: text(form, "name"),
        displayOrder: num(form, "displayOrder"),
      }),
    "已保存",
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-3" aria-label={`修改${unit.name}`}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="单位名称" error={fieldErrors.name?.[0]}>
          <input name="name" required maxLength={20} defaultValue={unit.name} className={inputClass} />
        </Field>
        <Field label="排列顺序" error={fieldErrors.displayOrder?.[0]}>
          <input
            name="displayOrder"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            required
            defaultValue={unit.displayOrder}
            className={inputClass}
          />
        </Field>
      </div>
      <SubmitRow pending={pending} label="保存" notice={notice} errors={fieldErrors} />
    </form>
  );
}
