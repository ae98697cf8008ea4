"use server";
import { z } from "zod";

import { intId } from "@/lib/fields";
import { checkEntryDate } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { withTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { entryFields, syncItemDone } from "@/server/tasks/progress-input";

const input = z.object({
  itemId: intId,
  done: z.boolean(),
  date: entryFields.date,
  note: entryFields.note,
});

/** 标记事项完成 / 未完成 (T4) — recorded as an entry, so the history shows who changed it and when. */
export const markTaskItem = defineAction({
  name: "task.markItem",
  input,
  roles: ["DEPARTMENT"],
  authorize: async ({ user, input, tx }) =>
    withTaskLineInScope(tx, user, await tx.taskLineItem.findUnique({ where: { id: input.itemId } })),
  run: async ({ user, input, tx, resource: item }) => {
    // Marking what is already so would only add noise to the history (and means the page was stale).
    if ((item.doneAt !== null) === input.done) {
      throw new ActionError("CONFLICT", input.done ? "该事项已标记为完成，请刷新页面" : "该事项当前未完成，请刷新页面");
    }
    const date = checkEntryDate(input.date, item.taskLine.campaign.startDate, new Date());
    if (!date.ok) throw new ActionError("INVALID", date.message);
    const created = await tx.taskProgress.create({
      data: {
        taskLineId: item.taskLineId,
        itemId: item.id,
        authorId: user.id,
        date: date.date,
        value: input.done ? 1 : 0,
        note: input.note,
      },
    });
    await syncItemDone(tx, item.id);
    const after = await tx.taskLineItem.findUniqueOrThrow({ where: { id: item.id } });
    return {
      data: { id: created.id },
      audit: [
        { entity: "TaskProgress", entityId: created.id, before: null, after: created },
        { entity: "TaskLineItem", entityId: item.id, before: { doneAt: item.doneAt }, after: { doneAt: after.doneAt } },
      ],
    };
  },
  // The line page re-renders on the client's refresh; "/tasks" carries the progress figures.
  revalidate: () => ["/tasks"],
});
