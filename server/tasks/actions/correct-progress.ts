"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { checkEntryDate } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { taskProgressEditScope } from "@/server/scope";
import { districtOf } from "@/server/scope";
import { withTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";
import { entryFields, resolveEntry, syncItemDone } from "@/server/tasks/progress-input";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  progressId: cuid,
  version,
  ...entryFields,
  /** Item entries (T4) only: whether the entry marks its item done. */
  done: z.boolean().optional(),
});

type Snapshotted = {
  date: Date;
  value: unknown;
  note: string;
  caseNotes: string[];
  version: number;
  status: string | null;
  returnReason: string | null;
};
const snapshot = (e: Snapshotted, enterpriseIds: string[]) => ({
  date: e.date,
  value: e.value,
  note: e.note,
  caseNotes: e.caseNotes,
  enterpriseIds,
  version: e.version,
  status: e.status,
  returnReason: e.returnReason,
});

/**
 * 更正进展 — a department's own entry by its author, on a line the department leads; a township's
 * contribution by its unit while not yet confirmed — correcting a returned one submits it again for
 * confirmation. Before/after (with the return reason) go to the audit log.
 */
export const correctTaskProgress = defineAction({
  name: "task.correctProgress",
  input,
  roles: ["DEPARTMENT", "TOWNSHIP"],
  // taskProgressEditScope: whose entry it is; the write scope of its line is checked by withTaskLineInScope.
  authorize: async ({ user, input, tx }) =>
    withTaskLineInScope(
      tx,
      user,
      await tx.taskProgress.findFirst({
        where: { AND: [{ id: input.progressId }, taskProgressEditScope(user)] },
        include: { enterprises: true },
      }),
    ),
  run: async ({ user, input, tx, resource: before }) => {
    let data: { date: Date; value: string; note: string; caseNotes: string[]; status?: "PENDING"; returnReason?: null };
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
    // A returned contribution, once corrected, waits for confirmation again.
    if (before.status === "RETURNED") Object.assign(data, { status: "PENDING", returnReason: null });
    // The version in the where clause refuses a correction made on a stale page.
    await updateVersioned(tx.taskProgress, before.id, input.version, data);
    if (before.itemId !== null) {
      await syncItemDone(tx, before.itemId);
    } else {
      await tx.taskProgressEnterprise.deleteMany({ where: { progressId: before.id } });
      await tx.taskProgressEnterprise.createMany({
        data: enterpriseIds.map((enterpriseId) => ({ progressId: before.id, enterpriseId })),
      });
    }
    const after = await tx.taskProgress.findUniqueOrThrow({ where: { id: before.id } });
    if (before.status === "RETURNED") {
      await notify(
        tx,
        districtOf(user),
        { role: "DEPARTMENT", department: { leads: { some: { taskLineId: before.taskLineId } } } },
        `${user.unit?.name ?? "镇街"}已更正被退回的${before.taskLine.code}进展，待确认`,
        `/tasks/${before.taskLineId}#pending`,
      );
    }
    audit.push({
      entity: "TaskProgress",
      entityId: before.id,
      before: snapshot(
        before,
        before.enterprises.map((e) => e.enterpriseId),
      ),
      after: snapshot(after, enterpriseIds),
    });
    return { data: { version: after.version }, audit };
  },
  revalidate: () => ["/tasks"],
});
