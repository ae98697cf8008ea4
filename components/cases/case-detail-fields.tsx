"use client";
import { checkClass, checkLabelClass, Field, inputClass, NamedOptions } from "@/components/ui/field";
import type { Category, Dimension, DisposalPath } from "@/lib/generated/prisma/enums";
import { dimensionLabel, disposalPathLabel } from "@/lib/labels";

export type CaseDetailValues = {
  dimensions: Dimension[];
  deadline: string;
  disposalPath: DisposalPath | null;
  outcomeId: number | null;
  commitmentText: string;
  commitmentPublishedIn: string;
  commitmentDate: string;
  policyBasisId: number | null;
  policyBasisOther: string;
  wholeExit: boolean;
};

type Props = {
  category: Category;
  values: CaseDetailValues;
  onChange: (v: CaseDetailValues) => void;
  outcomes: { id: number; name: string }[];
  policyBases?: { id: number; name: string }[];
  errors: Record<string, string[] | undefined>;
  /** A warning under 整治期限 (e.g. later than the year's deadline): shown, never blocking. */
  deadlineWarning?: string;
};

/** The case details both the register form and the edit form show. */
export function CaseDetailFields({
  category,
  values,
  onChange,
  outcomes,
  policyBases = [],
  errors,
  deadlineWarning,
}: Props) {
  const set = <K extends keyof CaseDetailValues>(k: K, v: CaseDetailValues[K]) => onChange({ ...values, [k]: v });
  return (
    <>
      <fieldset className="text-sm" data-invalid={errors.dimensions ? "true" : undefined}>
        <legend className="font-medium">涉及方面（可多选，必填）</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(dimensionLabel) as Dimension[]).map((d) => (
            <label key={d} className={checkLabelClass}>
              <input
                type="checkbox"
                className={checkClass}
                checked={values.dimensions.includes(d)}
                onChange={(e) =>
                  set(
                    "dimensions",
                    e.target.checked ? [...values.dimensions, d] : values.dimensions.filter((x) => x !== d),
                  )
                }
              />
              {dimensionLabel[d]}
            </label>
          ))}
        </div>
        {errors.dimensions && <span className="mt-1 block text-xs text-red-700">{errors.dimensions[0]}</span>}
      </fieldset>
      <Field label="整治期限" error={errors.deadline?.[0]}>
        <input
          type="date"
          className={inputClass}
          value={values.deadline}
          onChange={(e) => set("deadline", e.target.value)}
        />
      </Field>
      {deadlineWarning && (
        <p role="note" data-testid="deadline-warning" className="text-xs text-amber-800">
          {deadlineWarning}
        </p>
      )}
      {category === "ELIMINATION" ? (
        <fieldset className="text-sm">
          <legend className="font-medium">处置方式</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(Object.keys(disposalPathLabel) as DisposalPath[]).map((p) => (
              <label key={p} className={checkLabelClass}>
                <input
                  type="radio"
                  className={checkClass}
                  name="disposalPath"
                  checked={values.disposalPath === p}
                  onChange={() => set("disposalPath", p)}
                />
                {disposalPathLabel[p]}
              </label>
            ))}
          </div>
          <span className="mt-1 block text-xs text-slate-500">
            暂不具备拆除条件的，应断水、断电、拆除动力装置、封存主体设备，并由企业公开承诺不再恢复生产。
          </span>
        </fieldset>
      ) : (
        <Field label="整治结果类别" error={errors.outcomeId?.[0]}>
          <select
            className={inputClass}
            value={values.outcomeId ?? ""}
            onChange={(e) => set("outcomeId", e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">请选择</option>
            <NamedOptions items={outcomes} />
          </select>
        </Field>
      )}
      {category === "ELIMINATION" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            label="政策依据（《产业结构调整指导目录（2019年本）》淘汰类条目）"
            error={errors.policyBasisId?.[0]}
            hint="上报验收前须选择条目或填写其他依据"
          >
            <select
              className={inputClass}
              value={values.policyBasisId ?? ""}
              onChange={(e) => set("policyBasisId", e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">其他（在右侧填写）/ 暂未确定</option>
              <NamedOptions items={policyBases} />
            </select>
          </Field>
          <Field label="其他政策依据" error={errors.policyBasisOther?.[0]} hint="目录中没有的依据，写明文件名称和条目">
            <input
              className={inputClass}
              value={values.policyBasisOther}
              maxLength={300}
              onChange={(e) => set("policyBasisOther", e.target.value)}
            />
          </Field>
        </div>
      )}
      <label className={`${checkLabelClass} text-sm`}>
        <input
          type="checkbox"
          name="wholeExit"
          className={checkClass}
          checked={values.wholeExit}
          onChange={(e) => set("wholeExit", e.target.checked)}
        />
        企业整体关停退出（不再生产；仅淘汰部分生产线、企业继续生产的不勾选）
      </label>
      {category === "ELIMINATION" && values.disposalPath === "SEALED" && (
        <fieldset className="space-y-3 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">企业公开承诺</legend>
          <Field label="承诺内容" error={errors.commitmentText?.[0]}>
            <textarea
              className={inputClass}
              rows={3}
              value={values.commitmentText}
              onChange={(e) => set("commitmentText", e.target.value)}
            />
          </Field>
          <Field label="发布渠道（如 政府网站、报纸名称）" error={errors.commitmentPublishedIn?.[0]}>
            <input
              className={inputClass}
              value={values.commitmentPublishedIn}
              onChange={(e) => set("commitmentPublishedIn", e.target.value)}
            />
          </Field>
          <Field label="承诺日期" error={errors.commitmentDate?.[0]}>
            <input
              type="date"
              className={inputClass}
              value={values.commitmentDate}
              onChange={(e) => set("commitmentDate", e.target.value)}
            />
          </Field>
        </fieldset>
      )}
    </>
  );
}
