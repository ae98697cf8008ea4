"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { checkClass, checkLabelClass, Field, FormMessage, inputClass, NamedOptions } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/server/action";
import { adjustAssessmentScore } from "@/server/assessment/actions/adjust-score";
import { publishAssessment } from "@/server/assessment/actions/publish-scores";
import { saveAssessmentScheme } from "@/server/assessment/actions/save-scheme";
import { withdrawAssessment } from "@/server/assessment/actions/withdraw-publication";

const text = (form: FormData, k: string) => String(form.get(k) ?? "");

/** 调整分数: one indicator of one unit or department, with the reason (recorded in the audit log). 0 removes an adjustment. */
export function AdjustForm({
  target,
  subjects,
  indicators,
}: {
  target: AssessmentTarget;
  subjects: { id: number; name: string }[];
  indicators: { id: number; label: string; maxPoints: number }[];
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit } = useFormSubmit((form, el) =>
    run(
      () =>
        adjustAssessmentScore({
          target,
          subjectId: Number(text(form, "subjectId")),
          indicatorId: Number(text(form, "indicatorId")),
          points: text(form, "points"),
          reason: text(form, "reason"),
        }),
      (d) => (d.points === 0 ? "已取消该项调整" : "调整已保存，得分已重新计算"),
      () => el.reset(),
    ),
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-label="调整分数">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={target === "UNIT" ? "单位" : "部门"} error={errors.subjectId?.[0]}>
          <select name="subjectId" defaultValue="" className={inputClass} required>
            <option value="" disabled>
              请选择
            </option>
            <NamedOptions items={subjects} />
          </select>
        </Field>
        <Field label="指标" error={errors.indicatorId?.[0]}>
          <select name="indicatorId" defaultValue="" className={inputClass} required>
            <option value="" disabled>
              请选择
            </option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}（{i.maxPoints}分）
              </option>
            ))}
          </select>
        </Field>
        <Field label="加减分（负数为扣分，0 为取消调整）" error={errors.points?.[0]}>
          <input name="points" type="number" step="0.01" min={-100} max={100} className={inputClass} required />
        </Field>
      </div>
      <Field label="调整理由（必填，记入审计日志）" error={errors.reason?.[0]}>
        <textarea name="reason" rows={2} maxLength={200} className={inputClass} />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        保存调整
      </Button>
    </form>
  );
}

/** 发布: freezes the scores as of the chosen day, after an in-page confirmation. */
export function PublishForm({ target, today, label }: { target: AssessmentTarget; today: string; label: string }) {
  return (
    <PublishScoresForm
      today={today}
      publish={(asOf) => publishAssessment({ target, asOf })}
      done="考核结果已发布"
      question={(asOf) => `确定按 ${asOf} 的数据发布${label}的考核结果吗？发布后得分冻结，方案和调整不能再修改。`}
    />
  );
}

/** The 发布考核结果 form of a scoring (the district's of its units, the city's of its districts): 统计截至 and the button. */
export function PublishScoresForm({
  today,
  publish,
  done,
  question,
}: {
  today: string;
  publish: (asOf: string) => Promise<ActionResult<unknown>>;
  done: string;
  question: (asOf: string) => string;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) => run(() => publish(text(form, "asOf")), done),
    (form) => question(text(form, "asOf")),
  );
  return (
    <form className="flex flex-wrap items-end gap-3" onSubmit={onSubmit} aria-label="发布考核结果">
      <Field label="统计截至" error={errors.asOf?.[0]}>
        <input name="asOf" type="date" defaultValue={today} max={today} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>
        发布考核结果
      </Button>
      {panel}
      <div className="basis-full">
        <FormMessage message={notice} />
      </div>
    </form>
  );
}

/** 撤回发布: back to the draft (editable, publishable again), with the reason, after an in-page confirmation. */
export function WithdrawForm({ target, label }: { target: AssessmentTarget; label: string }) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) => run(() => withdrawAssessment({ target, reason: text(form, "reason") }), "已撤回发布，考核结果回到草稿"),
    () => `确定撤回${label}的考核结果吗？撤回后回到草稿，可修改方案和调整后重新发布；原发布结果连同理由记入审计日志。`,
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-label="撤回发布">
      <Field label="撤回理由（必填，记入审计日志）" error={errors.reason?.[0]}>
        <textarea name="reason" rows={2} maxLength={200} className={inputClass} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        撤回发布
      </Button>
      {panel}
      <FormMessage message={notice} />
    </form>
  );
}

export type RuleOption = {
  rule: string;
  label: string;
  describe: string;
  params: Record<string, { label: string; min: number; max: number }>;
  /** The current indicator of the scheme for this rule, if any. */
  current: { label: string; maxPoints: number; params: Record<string, number> } | null;
  defaults: Record<string, number>;
};

/** One indicator as the editor sends it (the scheme inputs of lib/assessment/scheme.ts parse it). */
export type SchemeRowInput = { rule: string; label: string; maxPoints: string; params: Record<string, string> };

/**
 * 考核方案: which rules count, their names, points (100 in all) and parameters. Saved as the district's scheme of
 * `target`, or through `save` (the city's scheme of districts).
 */
export function SchemeEditor({
  target,
  rules,
  save,
}: {
  rules: RuleOption[];
} & (
  | { target: AssessmentTarget; save?: undefined }
  | { target?: undefined; save: (indicators: SchemeRowInput[]) => Promise<ActionResult<unknown>> }
)) {
  const { pending, notice, run } = useServerAction();
  const [points, setPoints] = useState<Record<string, number>>(() =>
    Object.fromEntries(rules.map((r) => [r.rule, r.current?.maxPoints ?? 0])),
  );
  const [used, setUsed] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(rules.map((r) => [r.rule, r.current !== null])),
  );
  const total = rules.reduce((n, r) => n + (used[r.rule] ? points[r.rule] || 0 : 0), 0);
  const { onSubmit } = useFormSubmit((form) =>
    run(() => {
      const indicators = rules
        .filter((r) => used[r.rule])
        .map((r) => ({
          rule: r.rule,
          label: text(form, `label-${r.rule}`),
          maxPoints: text(form, `points-${r.rule}`),
          params: Object.fromEntries(Object.keys(r.params).map((k) => [k, text(form, `param-${r.rule}-${k}`)])),
        }));
      return save ? save(indicators) : saveAssessmentScheme({ target: target!, indicators });
    }, "考核方案已保存"),
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-label="考核方案">
      <ul className="space-y-3">
        {rules.map((r) => (
          <li key={r.rule} className="rounded border border-slate-200 p-3">
            <label className={`${checkLabelClass} font-medium`}>
              <input
                type="checkbox"
                className={checkClass}
                checked={used[r.rule]}
                onChange={(e) => setUsed({ ...used, [r.rule]: e.target.checked })}
              />
              {r.label}
            </label>
            <p className="mt-1 text-xs text-slate-600">{r.describe}</p>
            {used[r.rule] && (
              <div className="mt-2 grid gap-3 sm:grid-cols-4">
                <Field label="指标名称">
                  <input
                    name={`label-${r.rule}`}
                    defaultValue={r.current?.label ?? r.label}
                    maxLength={30}
                    className={inputClass}
                  />
                </Field>
                <Field label="分值">
                  <input
                    name={`points-${r.rule}`}
                    type="number"
                    min={1}
                    max={100}
                    step={1}
                    value={points[r.rule] || ""}
                    onChange={(e) => setPoints({ ...points, [r.rule]: Number(e.target.value) })}
                    className={inputClass}
                  />
                </Field>
                {Object.entries(r.params).map(([k, spec]) => (
                  <Field key={k} label={`${spec.label}（${spec.min}–${spec.max}）`}>
                    <input
                      name={`param-${r.rule}-${k}`}
                      type="number"
                      min={spec.min}
                      max={spec.max}
                      step="0.5"
                      defaultValue={r.current?.params[k] ?? r.defaults[k]}
                      className={inputClass}
                    />
                  </Field>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      <p className={`text-sm ${total === 100 ? "text-slate-700" : "text-red-700"}`} data-testid="scheme-total">
        合计 {total} 分（须为 100 分）
      </p>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        保存考核方案
      </Button>
    </form>
  );
}
