"use server";
import { z } from "zod";
import { checkProgressValue } from "@/lib/task-progress";
import { intId, optionalCalendarDate, optionalText, text, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, conflict, notFound } from "@/server/errors";
import { taskLineAdjustScope } from "@/server/scope";

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
  authorize: async ({ user, input, tx }) => {
    const line = await tx.taskLine.findFirst({
      where: { AND: [{ id: input.taskLineId }, taskLineAdjustScope(user)] },
      include: { campaign: { select: { startDate: true, deadline: true } } },
    });
    if (!line) throw notFound();
    return line;
  },
  run: async ({ input, tx, resource: before }) => {
    let target: string | undefined;
    if (before.target !== null) {
      if (input.target === "") throw new ActionError("INVALID", "请填写目标");
      const v = checkProgressValue(before.measure, input.target);
      if (!v.ok) throw new ActionError("INVALID", `目标有误：${v.message}`);
      if (Number(v.value) <= 0) throw new ActionError("INVALID", "目标应大于0");
      target = v.value;
    } else if (input.target !== "") {
      throw new ActionError("INVALID", "该任务线没有数量目标");
    }
    const deadline = input.deadline;
    if (deadline && deadline < before.campaign.startDate) throw new ActionError("INVALID", "完成期限不能早于本年度工作开始日期");
    const { count } = await tx.taskLine.updateMany({
      where: { id: before.id, version: input.version },
      data: { target, deadline, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const after = await tx.taskLine.findUniqueOrThrow({ where: { id: before.id } });
    return {
      data: { version: after.version },
      audit: [{
        entity: "TaskLine",
        entityId: before.id,
        before: { target: before.target, deadline: before.deadline, version: before.version },
        after: { target: after.target, deadline: after.deadline, version: after.version, reason: input.reason },
      }],
    };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskLineId}`],
});
