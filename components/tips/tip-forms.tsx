"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass, NamedOptions, RadioChoices } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { verifiedOutcomeLabel } from "@/lib/labels";
import { assignTip } from "@/server/tips/actions/assign-tip";
import { closeTip } from "@/server/tips/actions/close-tip";
import { closeTipUnverifiable } from "@/server/tips/actions/close-tip-unverifiable";
import { verifyTip } from "@/server/tips/actions/verify-tip";

type Option = { id: number | string; name: string };

const text = (form: FormData, k: string) => String(form.get(k) ?? "");
const idOrNull = (form: FormData, k: string) => (text(form, k) ? Number(text(form, k)) : null);

export function TipAssignForm({
  tipId,
  version,
  units,
  departments,
  matches,
  initial,
}: {
  tipId: string;
  version: number;
  units: Option[];
  departments: Option[];
  matches: (Option & { detail: string })[];
  initial: { unitId: number | null; departmentId: number | null; deadline: string; enterpriseId: string | null };
}) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit } = useFormSubmit((form) =>
    run(
      () =>
        assignTip({
          tipId,
          version,
          unitId: idOrNull(form, "unitId"),
          departmentId: idOrNull(form, "departmentId"),
          deadline: text(form, "deadline"),
          enterpriseId: text(form, "enterpriseId") || null,
        }),
      "已交办",
    ),
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="承办单位" error={errors.unitId?.[0]}>
          <select name="unitId" defaultValue={initial.unitId ?? ""} className={inputClass}>
            <option value="">（不交办单位）</option>
            <NamedOptions items={units} />
          </select>
        </Field>
        <Field label="承办部门">
          <select name="departmentId" defaultValue={initial.departmentId ?? ""} className={inputClass}>
            <option value="">（不交办部门）</option>
            <NamedOptions items={departments} />
          </select>
        </Field>
        <Field label="核查期限" error={errors.deadline?.[0]}>
          <input type="date" name="deadline" required defaultValue={initial.deadline} className={inputClass} />
        </Field>
      </div>
      <Field label="关联台账企业" hint={matches.length ? "台账中名称相近的企业" : "台账中没有名称相近的企业"}>
        <select name="enterpriseId" defaultValue={initial.enterpriseId ?? ""} className={inputClass}>
          <option value="">（未在台账中 / 暂不关联）</option>
          {matches.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}（{m.detail}）
            </option>
          ))}
        </select>
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        交办
      </Button>
    </form>
  );
}

export function TipVerifyForm({ tipId, version }: { tipId: string; version: number }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          verifyTip({
            tipId,
            version,
            findings: text(form, "findings"),
            outcome: text(form, "outcome") as keyof typeof verifiedOutcomeLabel,
          }),
        "核查结果已提交",
      ),
    "确定提交核查结果吗？提交后不能修改。",
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <Field label="核查情况" error={errors.findings?.[0]}>
        <textarea name="findings" required rows={4} maxLength={2000} className={inputClass} />
      </Field>
      <RadioChoices legend="核查结论" name="outcome" labels={verifiedOutcomeLabel} error={errors.outcome?.[0]} />
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        提交核查结果
      </Button>
      {panel}
    </form>
  );
}

export function TipCloseForm({ tipId, version }: { tipId: string; version: number }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) => run(() => closeTip({ tipId, version, closingNote: text(form, "closingNote") }), "已办结"),
    "确定办结该举报吗？",
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <Field label="办结意见" error={errors.closingNote?.[0]}>
        <textarea name="closingNote" required rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending} variant="success">
        办结
      </Button>
      {panel}
    </form>
  );
}

/** 无法核查: an anonymous tip with too little to go on, closed by the office with a reason it must give. */
export function TipCloseUnverifiableForm({ tipId, version }: { tipId: string; version: number }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) => run(() => closeTipUnverifiable({ tipId, version, reason: text(form, "reason") }), "已按无法核查办结"),
    "确定按“无法核查”办结该匿名举报吗？理由将记入办理记录。",
  );
  return (
    <form className="space-y-3" onSubmit={onSubmit} aria-label="按无法核查办结">
      <p className="text-sm text-slate-600">
        匿名举报线索不足、无法联系举报人补充的，可按“无法核查”办结，须写明理由（如地址不详、现场查无此企业）。
      </p>
      <Field label="无法核查的理由" error={errors.reason?.[0]}>
        <textarea name="reason" required minLength={5} rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending} variant="secondary">
        按无法核查办结
      </Button>
      {panel}
    </form>
  );
}
