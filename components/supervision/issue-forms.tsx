"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";

type UnitOption = { id: number; name: string; lagReason: string | null };

const text = (form: FormData, k: string) => String(form.get(k) ?? "");

/** 发布通报: the slow units are pre-selected with the reason the dashboard gives. */
export function IssueCircularForm({ units, today }: { units: UnitOption[]; today: string }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit((form, el) => run(() => issueCircular({
    unitIds: form.getAll("unitIds").map(Number), title: text(form, "title"), body: text(form, "body"), date: text(form, "date"),
  }), "通报已发布，被通报单位的当前进度已存档", () => el.reset()), "确定发布通报吗？发布后被通报单位会收到通知。");
  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <fieldset className="text-sm">
        <legend className="font-medium">被通报单位（已勾选进展较慢的单位）</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {units.map((u) => (
            <label key={u.id} className="inline-flex items-start gap-1">
              <input type="checkbox" name="unitIds" value={u.id} defaultChecked={!!u.lagReason} className="mt-1" />
              <span>{u.name}{u.lagReason && <span className="block text-xs text-amber-800">{u.lagReason}</span>}</span>
            </label>
          ))}
        </div>
        {errors.unitIds?.[0] && <span className="mt-1 block text-xs text-red-700">{errors.unitIds[0]}</span>}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field label="通报标题" error={errors.title?.[0]}><input name="title" maxLength={100} className={inputClass} /></Field>
        <Field label="通报日期" error={errors.date?.[0]}><input type="date" name="date" defaultValue={today} className={inputClass} /></Field>
      </div>
      <Field label="通报内容" error={errors.body?.[0]}><textarea name="body" rows={4} maxLength={5000} className={inputClass} /></Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>发布通报</Button>
      {panel}
    </form>
  );
}

/** 记录约谈 with one unit. */
export function IssueInterviewForm({ units, today }: { units: UnitOption[]; today: string }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const { onSubmit } = useFormSubmit((form, el) => run(() => issueInterview({
    unitId: Number(text(form, "unitId")), date: text(form, "date"), participants: text(form, "participants"),
    body: text(form, "body"), commitments: text(form, "commitments"), followUpDate: text(form, "followUpDate"),
  }), "约谈记录已保存", () => el.reset()));
  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="约谈单位" error={errors.unitId?.[0]}>
          <select name="unitId" defaultValue="" className={inputClass}>
            <option value="" disabled>请选择</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
        <Field label="约谈日期" error={errors.date?.[0]}><input type="date" name="date" defaultValue={today} className={inputClass} /></Field>
        <Field label="跟踪复查日期" error={errors.followUpDate?.[0]}><input type="date" name="followUpDate" className={inputClass} /></Field>
      </div>
      <Field label="参加人员" error={errors.participants?.[0]}><input name="participants" maxLength={500} className={inputClass} /></Field>
      <Field label="约谈指出的问题" error={errors.body?.[0]}><textarea name="body" rows={3} maxLength={5000} className={inputClass} /></Field>
      <Field label="整改承诺" error={errors.commitments?.[0]}><textarea name="commitments" rows={3} maxLength={5000} className={inputClass} /></Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>保存约谈记录</Button>
    </form>
  );
}
