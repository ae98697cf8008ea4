"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { reviewContribution } from "@/server/tasks/actions/review-contribution";

/** 确认 a unit's pending contribution, or 退回 it with a reason (asked in the page first). */
export function ContributionReview({
  progressId,
  version,
  what,
}: {
  progressId: string;
  version: number;
  what: string;
}) {
  const { pending, notice, run } = useServerAction();
  const [returning, setReturning] = useState(false);
  const confirm = useFormSubmit(
    () => run(() => reviewContribution({ progressId, version, decision: "CONFIRM" }), "已确认，计入重点工作任务进度"),
    `确认${what}？确认后计入重点工作任务进度。`,
  );
  const back = useFormSubmit((form) =>
    run(
      () => reviewContribution({ progressId, version, decision: "RETURN", reason: String(form.get("reason") ?? "") }),
      "已退回，单位将收到通知",
    ),
  );

  return (
    <div className="mt-2 space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={confirm.onSubmit}>
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? "正在提交…" : "确认"}
          </Button>
        </form>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-expanded={returning}
          onClick={() => setReturning((r) => !r)}
        >
          退回
        </Button>
      </div>
      {confirm.panel}
      {returning && (
        <form onSubmit={back.onSubmit} className="flex flex-wrap items-end gap-2" aria-label="退回进展">
          <label className="min-w-60 flex-1">
            退回理由
            <input
              name="reason"
              required
              minLength={2}
              maxLength={500}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <Button type="submit" size="sm" variant="danger" disabled={pending}>
            确认退回
          </Button>
        </form>
      )}
      <FormMessage message={notice} />
    </div>
  );
}
