"use server";
import { z } from "zod";

import { intId, optionalCalendarDate, optionalText, text, version } from "@/lib/fields";
import { checkProgressValue } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { versionedChange } from "@/server/audit";
import { ActionError } from "@/server/errors";
import { getTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  taskLineId: intId,
  version,
  /** Lines with a numeric target only; "" keeps a line without one as it is. */
  target: optionalText("目标", 20).transform((s) => s ?? ""),
  /** A calendar day, or "" for the campaign deadline. */
  deadline: optionalCalendarDate("完成期限"),
  reason: text("调整原因", 500, 2),
});

/** 调整目标或完成期限 — the office only; the reason is kept with before/after in the audit log. */
export const adjustTaskLine = defineAction({
  name: "task.adjustLine",
  input,
  roles: ["OFFICE"],
  authorize: ({ user, input, tx }) => getTaskLineInScope(tx, user, input.taskLineId, "adjust"),
  run: async ({ input, tx, resource: before }) => {
    let target: string | undefined;
    if (before.target !== null) {
      if (input.target === "") throw new ActionError("INVALID", "请填写目标");
      const v = checkProgressValue(before.measure, input.target);
      if (!v.ok) throw new ActionError("INVALID", `目标有误：${v.message}`);
      if (Number(v.value) <= 0) throw new ActionError("INVALID", "目标应大于0");
      target = v.value;
    } else if (input.target !== "") {
      throw new ActionError("INVALID", "该重点工作任务没有数量目标");
    }
    const deadline = input.deadline;
    if (deadline && deadline < before.campaign.startDate)
      throw new ActionError("INVALID", "完成期限不能早于本年度工作开始日期");
    const after = await updateVersioned(tx.taskLine, before.id, input.version, { target, deadline });
    return {
      data: { version: after.version },
      audit: [versionedChange("TaskLine", before.id, before, after, ["target", "deadline"], { reason: input.reason })],
    };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskLineId}`],
});
