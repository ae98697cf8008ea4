"use client";
import { useState } from "react";

import { PublishScoresForm, type RuleOption, SchemeEditor } from "@/components/assessment/office-forms";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass, NamedOptions } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { adjustCityAssessment } from "@/server/city/actions/adjust-city-assessment";
import { publishCityAssessment } from "@/server/city/actions/publish-city-assessment";
import { saveCityAssessmentScheme } from "@/server/city/actions/save-city-assessment-scheme";

const text = (form: FormData, k: string) => String(form.get(k) ?? "");

/** The current adjustment (or score) of one indicator for one district: what the form starts from, and its version. */
export type CurrentAdjustment = {
  indicatorId: number;
  districtId: number;
  points: number;
  reason: string;
  version: number;
};

/**
 * 评分与调整: a manual item's score (0 up to its points) or a computed item's adjustment (0 removes it) for one
 * district, always with the reason, built on the version shown (a change meanwhile is refused).
 */
export function CityAdjustForm({
  year,
  districts,
  indicators,
  current,
}: {
  year: number;
  districts: { id: number; name: string }[];
  indicators: { id: number; label: string; maxPoints: number; manual: boolean }[];
  current: CurrentAdjustment[];
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const [districtId, setDistrictId] = useState("");
  const [indicatorId, setIndicatorId] = useState(String(indicators.find((i) => i.manual)?.id ?? ""));
  const indicator = indicators.find((i) => String(i.id) === indicatorId);
  const existing = current.find((c) => String(c.districtId) === districtId && String(c.indicatorId) === indicatorId);
  const { onSubmit } = useFormSubmit((form) =>
    run(
      () =>
        adjustCityAssessment({
          year,
          districtId: Number(districtId),
          indicatorId: Number(indicatorId),
          points: text(form, "points"),
          reason: text(form, "reason"),
          version: existing?.version ?? null,
        }),
      (d) => (d.manual ? "评分已保存" : d.points === 0 ? "已取消该项调整" : "调整已保存，得分已重新计算"),
    ),
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-label="评分与调整">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="区县（市）" error={errors.districtId?.[0]}>
          <select
            name="districtId"
            value={districtId}
            onChange={(e) => setDistrictId(e.target.value)}
            className={inputClass}
            required
          >
            <option value="" disabled>
              请选择
            </option>
            <NamedOptions items={districts} />
          </select>
        </Field>
        <Field label="指标" error={errors.indicatorId?.[0]}>
          <select
            name="indicatorId"
            value={indicatorId}
            onChange={(e) => setIndicatorId(e.target.value)}
            className={inputClass}
            required
          >
            <option value="" disabled>
              请选择
            </option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}（{i.maxPoints}分{i.manual ? "，市工强办评分" : ""}）
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={indicator?.manual ? `评分（0–${indicator.maxPoints} 分）` : "加减分（负数为扣分，0 为取消调整）"}
          error={errors.points?.[0]}
        >
          <input
            key={`${districtId}:${indicatorId}`}
            name="points"
            type="number"
            step="0.01"
            min={indicator?.manual ? 0 : -100}
            max={indicator?.manual ? indicator.maxPoints : 100}
            defaultValue={existing?.points}
            className={inputClass}
            required
          />
        </Field>
      </div>
      {existing && (
        <p className="text-sm text-slate-600" data-testid="current-adjustment">
          当前{indicator?.manual ? "评分" : "调整"}：{existing.points} 分（{existing.reason}）
        </p>
      )}
      <Field label="理由（必填，记入审计日志）" error={errors.reason?.[0]}>
        <textarea
          key={`${districtId}:${indicatorId}`}
          name="reason"
          rows={2}
          maxLength={200}
          defaultValue={existing?.reason}
          className={inputClass}
        />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        {indicator?.manual ? "保存评分" : "保存调整"}
      </Button>
    </form>
  );
}

/** 发布: freezes the districts' scores as of the chosen day, after an in-page confirmation. */
export function CityPublishForm({ year, today }: { year: number; today: string }) {
  return (
    <PublishScoresForm
      today={today}
      publish={(asOf) => publishCityAssessment({ year, asOf })}
      done="区县考核结果已发布"
      question={(asOf) =>
        `确定按 ${asOf} 的数据发布${year}年度区县评价考核结果吗？发布后得分冻结，方案、评分和调整不能再修改；各区县工强办将收到通知。`
      }
    />
  );
}

/** 考核方案 of the year: the districts' scheme editor, saved as the city's scheme of `year`. */
export function CitySchemeEditor({ year, rules }: { year: number; rules: RuleOption[] }) {
  return <SchemeEditor rules={rules} save={(indicators) => saveCityAssessmentScheme({ year, indicators })} />;
}
