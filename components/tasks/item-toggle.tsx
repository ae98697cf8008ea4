"use client";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { markTaskItem } from "@/server/tasks/actions/mark-task-item";

/** Marks a T4-style item done, or — after confirmation — not done again. */
export function ItemToggle({
  itemId,
  title,
  done,
  today,
}: {
  itemId: number;
  title: string;
  done: boolean;
  today: string;
}) {
  const { pending, notice, run } = useServerAction();

  const { onSubmit, panel } = useFormSubmit(
    (form) =>
      run(
        () =>
          markTaskItem({
            itemId,
            done: !done,
            date: String(form.get("date") ?? ""),
            note: String(form.get("note") ?? ""),
          }),
        done ? "已改为未完成" : "已标记完成",
      ),
    done ? `确定将“${title}”改为未完成？此操作会记入进展历史。` : undefined,
  );

  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
      <label>
        日期
        <input
          type="date"
          name="date"
          required
          max={today}
          defaultValue={today}
          className="ml-1 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <label className="min-w-40 flex-1">
        说明
        <input
          name="note"
          maxLength={1000}
          className="ml-1 w-full rounded border border-slate-300 px-2 py-1 sm:w-auto"
        />
      </label>
      <Button type="submit" disabled={pending} variant={done ? "secondary" : "primary"} size="sm">
        {pending ? "保存中…" : done ? `将“${title}”改为未完成` : `标记“${title}”完成`}
      </Button>
      {panel}
      <div className="w-full">
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
