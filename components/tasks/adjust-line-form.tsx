"use client";
import { useFormSubmit } from "@/components/ui/confirm";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { adjustTaskLine } from "@/server/tasks/actions/adjust-task-line";

type Props = {
  taskLineId: number;
  version: number;
  target: string | null;
  unitLabel: string;
  deadline: string;
  campaignDeadline: string;
};

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
            target: text(form, "target"),
            deadline: text(form, "deadline"),
            reason: text(form, "reason"),
          }),
        "已调整",
      ),
    "确定调整该重点工作任务的目标或期限？调整将记入审计日志。",
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      {props.target !== null && (
        <Field label={`目标（${props.unitLabel}）`}>
          <input name="target" required defaultValue={props.target} inputMode="decimal" className={inputClass} />
        </Field>
      )}
      <Field label={`完成期限（留空为年度期限 ${props.campaignDeadline}）`}>
        <input type="date" name="deadline" defaultValue={props.deadline} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="调整原因">
          <input name="reason" required minLength={2} maxLength={500} className={inputClass} />
        </Field>
      </div>
      <SubmitRow pending={pending} label="保存调整" notice={notice} className="sm:col-span-2">
        {panel}
      </SubmitRow>
    </form>
  );
}
