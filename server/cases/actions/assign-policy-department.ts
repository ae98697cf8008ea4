"use server";
import { z } from "zod";

import { decidePolicyDepartmentCorrection } from "@/lib/cases/policy-department";
import { cuid, intId, text, version } from "@/lib/fields";
import { lineSource } from "@/lib/tasks/line-source";
import { defineAction } from "@/server/action";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import { ActionError } from "@/server/errors";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  caseId: cuid,
  version,
  departmentId: intId,
  reason: text("调整理由", 300, 2),
});

/**
 * 调整产业政策案件的牵头部门 — the office moves a 淘汰 case's 产业政策 side (its reviewer and its part of T9)
 * to the other T9 lead department when the basis's issuer got it wrong (lib/cases/policy-department.ts);
 * the basis no longer moves it afterwards.
 */
export const assignPolicyDepartment = defineAction({
  name: "case.policyDepartment",
  input,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await loadCaseForChange(tx, user, input.caseId);
    const lines = await tx.taskLine.findMany({
      where: { campaignId: row.campaignId },
      select: { code: true, leads: { select: { departmentId: true } } },
    });
    const t9 = lines.find((l) => lineSource(l.code).kind === "POLICY_CASES");
    const decision = decidePolicyDepartmentCorrection(
      user,
      row,
      input.departmentId,
      t9?.leads.map((l) => l.departmentId) ?? [],
      input.reason,
    );
    if (!decision.ok) throw new ActionError("INVALID", decision.reason);
    return row;
  },
  run: async ({ input, tx, resource: row }) => {
    const after = await updateVersioned(tx.case, row.id, input.version, {
      policyDepartmentId: input.departmentId,
      policyDepartmentCorrectedAt: new Date(),
      policyDepartmentNote: input.reason,
    });
    return { data: { version: after.version }, audit: [{ entity: "Case", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/cases/${input.caseId}`, "/tasks", "/data-checks"],
});
