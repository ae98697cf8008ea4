"use server";
import { caseDetailsInput, normaliseForCategory } from "@/lib/cases/case-input";
import { nextPolicyDepartment } from "@/lib/cases/policy-department";
import { decide } from "@/lib/cases/workflow";
import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { checkPolicyBasis, policyDepartmentFromBasis } from "@/server/cases/check-policy-basis";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 修改案件信息 (path, outcome, dimensions, deadline, public commitment) while the case is open. */
export const updateCase = defineAction({
  name: "case.update",
  input: caseDetailsInput.extend({ caseId: cuid, version }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const row = await loadCaseForChange(tx, user, input.caseId);
    const decision = decide("EDIT", user, row);
    if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    if (
      row.category === "RECTIFICATION" &&
      input.outcomeId !== null &&
      !(await tx.rectificationOutcome.findFirst({
        where: { id: input.outcomeId, districtId: districtOf(user), active: true },
      }))
    ) {
      throw new ActionError("INVALID", "整治结果类别无效");
    }
    if (row.category === "ELIMINATION" && input.policyBasisId !== row.policyBasisId)
      await checkPolicyBasis(tx, districtOf(user), input.policyBasisId);
    return { row, to: decision.to };
  },
  run: async ({ user, input, tx, resource: { row, to } }) => {
    const { caseId, version, ...details } = input;
    const normalised = normaliseForCategory(row.category, details);
    // T9: a new basis moves the 产业政策 side to its issuer's department, unless the office corrected it; an
    // edit keeping the basis keeps the recorded department (a later change of the basis's issuer does not move it).
    const policyDepartmentId = nextPolicyDepartment(
      row,
      await policyDepartmentFromBasis(tx, districtOf(user), normalised.policyBasisId),
      normalised.policyBasisId !== row.policyBasisId,
    );
    const data = { ...normalised, policyDepartmentId, status: to };
    const after = await updateVersioned(tx.case, caseId, version, data);
    return { data: { version: after.version }, audit: [{ entity: "Case", entityId: caseId, before: row, after }] };
  },
  revalidate: (input) => [`/cases/${input.caseId}`],
});
