"use server";
import { z } from "zod";
import { intId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { getTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { entryFields, resolveEntry } from "@/server/tasks/progress-input";

const input = z.object({ taskLineId: intId, ...entryFields });

/** 登记进展 — a lead department adds a dated entry to one of its lines. */
export const recordTaskProgress = defineAction({
  name: "task.recordProgress",
  input,
  roles: ["DEPARTMENT"],
  authorize: ({ user, input, tx }) => getTaskLineInScope(tx, user, input.taskLineId, "write"),
  run: async ({ user, input, tx, resource: line }) => {
    const entry = await resolveEntry(tx, user, line, input);
    const created = await tx.taskProgress.create({
      data: {
        taskLineId: line.id, authorId: user.id, date: entry.date, value: entry.value, note: input.note, caseNotes: entry.caseNotes,
        enterprises: { create: entry.enterpriseIds.map((enterpriseId) => ({ enterpriseId })) },
      },
    });
    return {
      data: { id: created.id },
      audit: [...entry.audit, { entity: "TaskProgress", entityId: created.id, before: null, after: { ...created, enterpriseIds: entry.enterpriseIds } }],
    };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskLineId}`],
});
