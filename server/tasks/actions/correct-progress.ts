"use server";
import { z } from "zod";
import { checkEntryDate } from "@/lib/task-progress";
import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { withTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { updateVersioned } from "@/server/versioned-update";
import { entryFields, resolveEntry, syncItemDone } from "@/server/tasks/progress-input";

const input = z.object({
  progressId: cuid,
  version,
  ...entryFields,
  /** Item entries (T4) only: whether the entry marks its item done. */
  done: z.boolean().optional(),
});

const snapshot = (e: { date: Date; value: unknown; note: string; caseNotes: string[]; version: number }, enterpriseIds: string[]) => ({
  date: e.date, value: e.value, note: e.note, caseNotes: e.caseNotes, enterpriseIds, version: e.version,
});

/** 更正进展 — only the entry's author, on a line their department leads; before/after go to the audit log. */
export const correctTaskProgress = defineAction({
  name: "task.correctProgress",
  input,
  roles: ["DEPARTMENT"],
  // Only the entry's author (the write scope of its line is checked by withTaskLineInScope).
  authorize: async ({ user, input, tx }) => withTaskLineInScope(tx, user, await tx.taskProgress.findFirst({
    where: { id: input.progressId, authorId: user.id },
    include: { enterprises: true },
  })),
  run: async ({ user, input, tx, resource: before }) => {
    let data: { date: Date; value: string; note: string; caseNotes: string[] };
    let enterpriseIds: string[] = [];
    const audit = [];
    if (before.itemId !== null) {
      const date = checkEntryDate(input.date, before.taskLine.campaign.startDate, new Date());
      if (!date.ok) throw new ActionError("INVALID", date.message);
      const done = input.done ?? Number(before.value) > 0;
      data = { date: date.date, value: done ? "1" : "0", note: input.note, caseNotes: [] };
    } else {
      const entry = await resolveEntry(tx, user, before.taskLine, input);
      audit.push(...entry.audit);
      data = { date: entry.date, value: entry.value, note: input.note, caseNotes: entry.caseNotes };
      enterpriseIds = entry.enterpriseIds;
    }
    // The version in the where clause refuses a correction made on a stale page.
    await updateVersioned(tx.taskProgress, before.id, input.version, data);
    if (before.itemId !== null) {
      await syncItemDone(tx, before.itemId);
    } else {
      await tx.taskProgressEnterprise.deleteMany({ where: { progressId: before.id } });
      await tx.taskProgressEnterprise.createMany({ data: enterpriseIds.map((enterpriseId) => ({ progressId: before.id, enterpriseId })) });
    }
    const after = await tx.taskProgress.findUniqueOrThrow({ where: { id: before.id } });
    audit.push({
      entity: "TaskProgress",
      entityId: before.id,
      before: snapshot(before, before.enterprises.map((e) => e.enterpriseId)),
      after: snapshot(after, enterpriseIds),
    });
    return { data: { version: after.version }, audit };
  },
  revalidate: () => ["/tasks"],
});
