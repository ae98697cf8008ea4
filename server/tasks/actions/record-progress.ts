"use server";
import { z } from "zod";

import { intId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";
import { getTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { entryFields, resolveEntry } from "@/server/tasks/progress-input";

const input = z.object({ taskLineId: intId, ...entryFields });

/**
 * 登记进展 — a lead department adds a dated entry to one of its lines; a township adds its own unit's
 * contribution to any line, pending until the lead department (or the office) confirms it.
 */
export const recordTaskProgress = defineAction({
  name: "task.recordProgress",
  input,
  roles: ["DEPARTMENT", "TOWNSHIP"],
  authorize: ({ user, input, tx }) => getTaskLineInScope(tx, user, input.taskLineId, "write"),
  run: async ({ user, input, tx, resource: line }) => {
    const entry = await resolveEntry(tx, user, line, input);
    const contribution = user.role === "TOWNSHIP" ? { unitId: user.unitId!, status: "PENDING" as const } : {};
    const created = await tx.taskProgress.create({
      data: {
        taskLineId: line.id,
        authorId: user.id,
        date: entry.date,
        value: entry.value,
        note: input.note,
        caseNotes: entry.caseNotes,
        ...contribution,
        enterprises: { create: entry.enterpriseIds.map((enterpriseId) => ({ enterpriseId })) },
      },
    });
    if (user.role === "TOWNSHIP") {
      await notify(
        tx,
        districtOf(user),
        { role: "DEPARTMENT", department: { leads: { some: { taskLineId: line.id } } } },
        `${user.unit?.name ?? "镇街"}登记了${line.code}的进展，待确认`,
        `/tasks/${line.id}#pending`,
      );
    }
    return {
      data: { id: created.id },
      audit: [
        ...entry.audit,
        {
          entity: "TaskProgress",
          entityId: created.id,
          before: null,
          after: { ...created, enterpriseIds: entry.enterpriseIds },
        },
      ],
    };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskLineId}`],
});
