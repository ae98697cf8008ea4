"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { referToExpert } from "@/server/referrals/actions/refer-to-expert";

export type ExpertChoice = { id: string; displayName: string; organisation: string | null };
export type ReferSubject = { caseId: string; findingId?: never } | { findingId: string; caseId?: never };

/** The referral form: an active expert and the question; the expert is notified and sees only this case (or finding). */
export function ReferFormClient({ subject, experts }: { subject: ReferSubject; experts: ExpertChoice[] }) {
  const { pending, notice, fieldErrors, run } = useServerAction();
  const [open, setOpen] = useState(false);
  if (experts.length === 0)
    return <p className="text-sm text-slate-500">尚无启用的行业专家账号（区工强办可在“用户管理”中新建）。</p>;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    run(
      () =>
        referToExpert({
          ...subject,
          expertId: String(form.get("expertId") ?? ""),
          question: String(form.get("question") ?? ""),
        }),
      "已发送给专家，专家答复后将通知您",
      () => {
        el.reset();
        setOpen(false);
      },
    );
  }

  return (
    <div className="space-y-2">
      {!open ? (
        <Button variant="outline" size="sm" onClick={() => setOpen(true)} aria-expanded={false}>
          咨询行业专家
        </Button>
      ) : (
        <form
          onSubmit={onSubmit}
          noValidate
          className="space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
          aria-label="咨询行业专家"
        >
          <Field label="专家" error={fieldErrors.expertId?.[0]}>
            <select name="expertId" required defaultValue="" className={inputClass}>
              <option value="" disabled>
                请选择
              </option>
              {experts.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.displayName}（{x.organisation ?? "行业专家"}）
                </option>
              ))}
            </select>
          </Field>
          <Field
            label="咨询的问题"
            error={fieldErrors.question?.[0]}
            hint="如：该设备是否属于《产业结构调整指导目录》淘汰类第…项？拆除是否到位？"
          >
            <textarea name="question" required maxLength={1000} rows={3} className={inputClass} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "正在发送…" : "发送咨询"}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              取消
            </Button>
          </div>
        </form>
      )}
      <FormMessage message={notice} />
    </div>
  );
}
