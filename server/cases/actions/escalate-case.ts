"use server";
import { CLOSURE_OUTCOME_NAME, decideEscalation, escalationPath } from "@/lib/cases/escalation";
import { escalateCaseInput } from "@/lib/cases/measure-input";
import { statusAfterChange } from "@/lib/cases/workflow";
import { beijingDay } from "@/lib/dates";
import { dimensionLabel } from "@/lib/labels";
import { defineAction } from "@/server/action";
import type { AuditEntry } from "@/server/audit";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import { ActionError, conflict } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 升级处置 (能耗: 依法关停退出; 环保、安全: 予以关闭): the office or the dimension's lead department records the step
 * with its reason. It is kept as a 关闭 measure marked as the escalation (the case's history), and a
 * RECTIFICATION case's outcome becomes 关停淘汰; an ELIMINATION case keeps its disposal path (the
 * equipment must still be dismantled or sealed, and its evidence submitted).
 */
export const escalateCase = defineAction({
  name: "case.escalate",
  input: escalateCaseInput,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const row = await loadCaseForChange(tx, user, input.caseId);
    if (row.version !== input.version) throw conflict();
    const measures = await tx.caseMeasure.findMany({ where: { caseId: row.id } });
    const decision = decideEscalation(user, row, measures, input.dimension, new Date());
    if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    const departmentId =
      user.departmentId ??
      (await tx.department.findFirst({ where: { isOffice: true, districtId: districtOf(user) }, select: { id: true } }))
        ?.id;
    if (!departmentId) throw new ActionError("INVALID", "账号未关联部门");
    return { row, departmentId };
  },
  run: async ({ user, input, tx, resource: { row, departmentId } }) => {
    const measure = await tx.caseMeasure.create({
      data: {
        caseId: row.id,
        kind: "CLOSURE",
        dimension: input.dimension,
        departmentId,
        date: beijingDay(new Date()),
        note: input.reason,
        escalation: true,
        recordedById: user.id,
      },
    });
    let outcomeId = row.outcomeId;
    if (row.category === "RECTIFICATION") {
      const outcome =
        (await tx.rectificationOutcome.findUnique({
          where: { districtId_name: { districtId: districtOf(user), name: CLOSURE_OUTCOME_NAME } },
        })) ??
        (await tx.rectificationOutcome.create({
          data: {
            name: CLOSURE_OUTCOME_NAME,
            districtId: districtOf(user),
            displayOrder:
              ((
                await tx.rectificationOutcome.aggregate({
                  where: { districtId: districtOf(user) },
                  _max: { displayOrder: true },
                })
              )._max.displayOrder ?? 0) + 1,
          },
        }));
      outcomeId = outcome.id;
    }
    const after = await updateVersioned(tx.case, row.id, row.version, {
      outcomeId,
      status: statusAfterChange(row.status),
    });
    const enterprise = await tx.enterprise.findUniqueOrThrow({
      where: { id: row.enterpriseId },
      select: { name: true },
    });
    const text = `整治对象升级处置（${dimensionLabel[input.dimension]}：${escalationPath[input.dimension]}）：${enterprise.name}`;
    await notify(
      tx,
      districtOf(user),
      { OR: [{ role: "TOWNSHIP", unitId: row.unitId }, { role: "OFFICE" }], NOT: { id: user.id } },
      text,
      `/cases/${row.id}`,
    );
    const audit: AuditEntry[] = [
      { entity: "CaseMeasure", entityId: measure.id, before: null, after: measure },
      {
        entity: "Case",
        entityId: row.id,
        before: row,
        after: { ...after, escalation: input.dimension, reason: input.reason },
      },
    ];
    return { data: { version: after.version }, audit };
  },
  revalidate: (input) => [`/cases/${input.caseId}`, "/cases"],
});
