"use server";
import { reopenFindingCaseInput } from "@/lib/inspections/input";
import { defineAction } from "@/server/action";
import { conflict } from "@/server/errors";
import { loadFindingForChange } from "@/server/inspections/load-for-change";
import { authorizeReopen, reopenCaseByFinding } from "@/server/inspections/reopen-case";
import { updateVersioned } from "@/server/versioned-update";

/** 据此重新打开案件: the office reopens the accepted case a finding concerns, under the case's own REOPEN rule. */
export const reopenFindingCase = defineAction({
  name: "inspection.reopenCase",
  input: reopenFindingCaseInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const finding = await loadFindingForChange(tx, user, input.findingId);
    if (finding.version !== input.version) throw conflict();
    const to = await authorizeReopen(tx, user, finding, finding.case);
    return { finding, to };
  },
  run: async ({ user, input, tx, resource: { finding, to } }) => {
    const { round: _round, case: row, unit: _unit, ...before } = finding;
    const after = await updateVersioned(tx.inspectionFinding, finding.id, input.version, {
      reopenedCaseAt: new Date(),
    });
    const caseAudit = await reopenCaseByFinding(tx, user, row!, to, finding.problem);
    return {
      data: { version: after.version },
      audit: [{ entity: "InspectionFinding", entityId: finding.id, before, after }, caseAudit],
    };
  },
  revalidate: (input) => [`/inspections/findings/${input.findingId}`, "/inspections", "/dashboard", "/cases"],
});
