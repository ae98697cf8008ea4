"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { adjustTaskLine } from "@/server/tasks/actions/adjust-task-line";

type Props = {
  taskLineId: number;
  version: number;
  target: string | null;
  unitLabel: string;
  deadline: string;
  campaignDeadline: string;
};

const field = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

/** The office adjusts a line's target or deadline, giving a reason for the audit log. */
export function AdjustLineForm(props: Props) {
  const { pending, notice, run } = useServerAction();
  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          adjustTaskLine({
            taskLineId: props.taskLineId,
            version: props.version,
            target: String(form.get("target") ?? ""),
            deadline: String(form.get("deadline") ?? ""),
            reason: String(form.get("reason") ?? ""),
          }),
        "已调整",
      ),
    "确定调整该任务线的目标或期限？调整将记入审计日志。",
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      {props.target !== null && (
        <label className="block text-sm">
          目标（{props.unitLabel}）
          <input name="target" required defaultValue={props.target} inputMode="decimal" className={field} />
        </label>
      )}
      <label className="block text-sm">
        完成期限（留空为年度期限 {props.campaignDeadline}）
        <input type="date" name="deadline" defaultValue={props.deadline} className={field} />
      </label>
      <label className="block text-sm sm:col-span-2">
        调整原因
        <input name="reason" required minLength={2} maxLength={500} className={field} />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "保存调整"}
        </Button>
        {panel}
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
