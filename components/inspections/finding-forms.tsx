"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { answerFinding } from "@/server/inspections/actions/answer-finding";
import { reviewFinding } from "@/server/inspections/actions/review-finding";

const text = (form: FormData, k: string) => String(form.get(k) ?? "");

/** 答复整改情况: the unit, after uploading its evidence. */
export function AnswerFindingForm({ findingId, version }: { findingId: string; version: number }) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(() => answerFinding({ findingId, version, answer: text(form, "answer") }), "已答复，等待区工强办销号"),
    "确定提交整改情况吗？提交后等待区工强办销号。",
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field label="整改情况说明" error={errors.answer?.[0]}>
        <textarea name="answer" rows={3} maxLength={2000} className={inputClass} />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        提交整改情况
      </Button>
      {panel}
    </form>
  );
}

/** 销号 or 退回 an answered finding: the office (a note is required to send it back). */
export function ReviewFindingForm({ findingId, version }: { findingId: string; version: number }) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const decisionOf = (form: FormData) => (form.get("decision") === "SEND_BACK" ? "SEND_BACK" : "CLOSE");
  const { onSubmit, panel } = useFormSubmit(
    (form) => {
      const decision = decisionOf(form);
      run(
        () => reviewFinding({ findingId, version, decision, note: text(form, "note") }),
        decision === "CLOSE" ? "问题已销号" : "已退回单位重新整改",
      );
    },
    (form) => (decisionOf(form) === "SEND_BACK" ? "确定退回单位重新整改吗？" : "确定销号吗？"),
  );
  const choose = (decision: string) => (e: React.MouseEvent<HTMLButtonElement>) => {
    (e.currentTarget.form!.elements.namedItem("decision") as HTMLInputElement).value = decision;
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field label="意见（退回时必填）" error={errors.note?.[0]}>
        <textarea name="note" rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <input type="hidden" name="decision" defaultValue="CLOSE" />
      <FormMessage message={notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="success" disabled={pending} onClick={choose("CLOSE")}>
          销号
        </Button>
        <Button type="submit" variant="dangerOutline" disabled={pending} onClick={choose("SEND_BACK")}>
          退回重新整改
        </Button>
      </div>
      {panel}
    </form>
  );
}
