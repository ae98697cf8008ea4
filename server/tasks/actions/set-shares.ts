"use server";
import { z } from "zod";

import { boundedArray, chosenId, intId } from "@/lib/fields";
import { measureLabel } from "@/lib/labels";
import { checkProgressValue, checkShares } from "@/lib/tasks/progress";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { getTaskLineInScope } from "@/server/tasks/get-task-line-in-scope";

const input = z.object({
  taskLineId: intId,
  /** Every unit's share as typed; "" = no share for that unit. */
  shares: boundedArray(
    z.object({ unitId: chosenId("请选择单位"), target: z.string().max(20, "分解数过长").default("") }),
    200,
    "单位分解数",
  ),
});

/**
 * 分解目标 — the lead department (or the office) splits a line's numeric target among units. The
 * shares need not add up to the target (the split may be done step by step): the page shows the
 * difference as a warning. Before/after go to the audit log.
 */
export const setTaskLineShares = defineAction({
  name: "task.setShares",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: ({ user, input, tx }) => getTaskLineInScope(tx, user, input.taskLineId, "lead"),
  run: async ({ user, input, tx, resource: line }) => {
    if (line.target === null) throw new ActionError("INVALID", "该重点工作任务没有数量目标，无需分解");
    const unitIds = input.shares.map((s) => s.unitId);
    if (new Set(unitIds).size !== unitIds.length) throw new ActionError("INVALID", "同一单位只能填写一个分解数");
    const units = await tx.unit.count({ where: { id: { in: unitIds }, districtId: districtOf(user) } });
    if (units !== unitIds.length) throw new ActionError("INVALID", "单位不存在，请刷新页面");
    const rows: { unitId: number; target: string }[] = [];
    for (const s of input.shares) {
      if (s.target.trim() === "") continue;
      const v = checkProgressValue(line.measure, s.target);
      if (!v.ok) throw new ActionError("INVALID", `分解数有误：${v.message.replace("本次完成数量", "分解数")}`);
      rows.push({ unitId: s.unitId, target: v.value });
    }
    const before = await tx.taskLineShare.findMany({ where: { taskLineId: line.id }, orderBy: { unitId: "asc" } });
    await tx.taskLineShare.deleteMany({ where: { taskLineId: line.id, unitId: { in: unitIds } } });
    await tx.taskLineShare.createMany({ data: rows.map((r) => ({ taskLineId: line.id, ...r })) });
    const after = await tx.taskLineShare.findMany({ where: { taskLineId: line.id }, orderBy: { unitId: "asc" } });
    const check = checkShares(
      line.target,
      line.atLeast,
      after.map((s) => s.target),
      measureLabel[line.measure],
    );
    const view = (xs: typeof after) => xs.map((s) => ({ unitId: s.unitId, target: s.target }));
    return {
      data: { warning: check.warning },
      audit: [
        {
          entity: "TaskLine",
          entityId: String(line.id),
          before: { shares: view(before) },
          after: { shares: view(after) },
        },
      ],
    };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskLineId}`],
});
