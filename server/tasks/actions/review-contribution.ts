"use server";
import { z } from "zod";

import { cuid, optionalText, version } from "@/lib/fields";
import { measureLabel } from "@/lib/labels";
import { formatAmount } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { contributionReviewScope } from "@/server/scope";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  progressId: cuid,
  version,
  decision: z.enum(["CONFIRM", "RETURN"], { error: "请选择确认或退回" }),
  reason: optionalText("退回理由", 500),
});

/**
 * 确认 / 退回 a unit's contribution — the department leading the line, or the office. Only a confirmed
 * contribution counts towards the line; a returned one goes back to the unit with the reason (notified).
 */
export const reviewContribution = defineAction({
  name: "task.reviewContribution",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.taskProgress.findFirst({
      where: { AND: [{ id: input.progressId }, contributionReviewScope(user)] },
      include: {
        taskLine: { select: { id: true, code: true, measure: true } },
        unit: { select: { id: true, name: true } },
      },
    });
    if (!row) throw notFound();
    return row;
  },
  run: async ({ user, input, tx, resource: before }) => {
    if (before.status !== "PENDING") {
      throw new ActionError(
        "CONFLICT",
        before.status === "CONFIRMED" ? "该进展已确认，请刷新页面" : "该进展已退回，等待单位更正后再确认",
      );
    }
    const returning = input.decision === "RETURN";
    if (returning && !input.reason) throw new ActionError("INVALID", "退回须填写理由");
    const after = await updateVersioned(
      tx.taskProgress,
      before.id,
      input.version,
      returning
        ? { status: "RETURNED" as const, returnReason: input.reason!, confirmedById: null, confirmedAt: null }
        : { status: "CONFIRMED" as const, returnReason: null, confirmedById: user.id, confirmedAt: new Date() },
    );
    const amount = formatAmount(Number(before.value), measureLabel[before.taskLine.measure]);
    await notify(
      tx,
      districtOf(user),
      { role: "TOWNSHIP", unitId: before.unitId },
      returning
        ? `${before.taskLine.code}进展（${amount}）被退回：${input.reason}`
        : `${before.taskLine.code}进展（${amount}）已确认`,
      `/tasks/${before.taskLine.id}`,
    );
    const pick = (e: typeof after) => ({
      status: e.status,
      returnReason: e.returnReason,
      confirmedById: e.confirmedById,
      confirmedAt: e.confirmedAt,
      version: e.version,
    });
    return {
      data: { version: after.version },
      audit: [{ entity: "TaskProgress", entityId: before.id, before: pick(before), after: pick(after) }],
    };
  },
  revalidate: () => ["/tasks", "/dashboard"],
});
