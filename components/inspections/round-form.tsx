"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { checkClass, checkLabelClass, Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { MAX_SAMPLE_SIZE } from "@/lib/inspections/limits";
import { planRound } from "@/server/inspections/actions/plan-round";
import { updateRound } from "@/server/inspections/actions/update-round";

type Option = { id: number; name: string };
type Initial = {
  title: string;
  startDate: string;
  endDate: string;
  checklist: string;
  sampleSize: number;
  unitIds: number[];
  departmentIds: number[];
};
type Mode = { kind: "plan" } | { kind: "edit"; roundId: string; version: number; initial: Initial };

const text = (form: FormData, k: string) => String(form.get(k) ?? "");
const ids = (form: FormData, k: string) => form.getAll(k).map(Number);

/** 计划检查 (all 18 units ticked by default) or, before the round starts, 修改计划. */
export function RoundForm({
  units,
  departments,
  today,
  mode,
}: {
  units: Option[];
  departments: Option[];
  today: string;
  mode: Mode;
}) {
  const init = mode.kind === "edit" ? mode.initial : null;
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form, el) => {
      const fields = {
        title: text(form, "title"),
        startDate: text(form, "startDate"),
        endDate: text(form, "endDate"),
        checklist: text(form, "checklist"),
        sampleSize: text(form, "sampleSize"),
        unitIds: ids(form, "unitIds"),
        departmentIds: ids(form, "departmentIds"),
      };
      if (mode.kind === "plan") {
        run(
          () => planRound(fields),
          (d) => `检查已计划，抽取已验收整治对象 ${d.sampled} 件`,
          () => el.reset(),
        );
      } else {
        run(
          () => updateRound({ ...fields, roundId: mode.roundId, version: mode.version }),
          (d) => `计划已修改，重新抽取已验收整治对象 ${d.sampled} 件`,
        );
      }
    },
    mode.kind === "plan" ? "确定计划本次检查吗？参加部门会收到通知。" : "确定保存修改吗？抽查对象将重新抽取。",
  );

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label={mode.kind === "plan" ? "计划检查" : "修改检查计划"}
      noValidate
    >
      <Field label="检查名称" error={errors.title?.[0]}>
        <input
          name="title"
          maxLength={100}
          defaultValue={init?.title ?? ""}
          className={inputClass}
          placeholder="例：2020年第三季度淘汰落后产能监督检查"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="开始日期" error={errors.startDate?.[0]}>
          <input type="date" name="startDate" defaultValue={init?.startDate ?? today} className={inputClass} />
        </Field>
        <Field label="结束日期" error={errors.endDate?.[0]}>
          <input type="date" name="endDate" defaultValue={init?.endDate ?? today} className={inputClass} />
        </Field>
        <Field
          label="每单位抽查已验收整治对象数"
          error={errors.sampleSize?.[0]}
          hint={`0–${MAX_SAMPLE_SIZE}，计划时按单位随机抽取`}
        >
          <input
            name="sampleSize"
            inputMode="numeric"
            defaultValue={String(init?.sampleSize ?? 2)}
            className={inputClass}
          />
        </Field>
      </div>
      <Field label="检查内容" error={errors.checklist?.[0]}>
        <textarea
          name="checklist"
          rows={3}
          maxLength={2000}
          defaultValue={init?.checklist ?? ""}
          className={inputClass}
          placeholder={"例：核实抽查对象的主体设备拆除和去向；封存设备是否完好；是否死灰复燃"}
        />
      </Field>
      <fieldset className="text-sm">
        <legend className="font-medium">被检查单位</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {units.map((u) => (
            <label key={u.id} className={checkLabelClass}>
              <input
                type="checkbox"
                className={checkClass}
                name="unitIds"
                value={u.id}
                defaultChecked={init ? init.unitIds.includes(u.id) : true}
              />
              {u.name}
            </label>
          ))}
        </div>
        {errors.unitIds?.[0] && <span className="mt-1 block text-xs text-red-700">{errors.unitIds[0]}</span>}
      </fieldset>
      <fieldset className="text-sm">
        <legend className="font-medium">参加部门</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {departments.map((d) => (
            <label key={d.id} className={checkLabelClass}>
              <input
                type="checkbox"
                className={checkClass}
                name="departmentIds"
                value={d.id}
                defaultChecked={init?.departmentIds.includes(d.id) ?? false}
              />
              {d.name}
            </label>
          ))}
        </div>
        {errors.departmentIds?.[0] && (
          <span className="mt-1 block text-xs text-red-700">{errors.departmentIds[0]}</span>
        )}
      </fieldset>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        {pending ? "保存中…" : mode.kind === "plan" ? "计划检查" : "保存修改"}
      </Button>
      {panel}
    </form>
  );
}
