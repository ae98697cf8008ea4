"use server";
import { registerCaseInput } from "@/lib/cases/case-input";
import { cuid, optionalText, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { checkRegistration, createCaseRecords } from "@/server/cases/register-case-records";
import { ActionError } from "@/server/errors";
import { authorizeTipChange, updateTip } from "@/server/tips/load-for-change";

// The enterprise's name and address come from the tip; the officer adds what registering a case needs,
// and the name when the reporter did not know it.
const input = registerCaseInput.omit({ enterpriseName: true, address: true }).extend({
  enterpriseName: optionalText("企业（作坊）名称", 100),
  tipId: cuid,
  version,
});

/** 据举报登记案件: a verified tip about an unregistered enterprise becomes a case of the assigned unit in one step. */
export const openCaseFromTip = defineAction({
  name: "tip.openCase",
  input,
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const { row } = await authorizeTipChange(tx, user, input.tipId, input.version, "OPEN_CASE");
    const enterpriseName = row.enterpriseName || input.enterpriseName;
    if (!enterpriseName || enterpriseName.length < 2) throw new ActionError("INVALID", "请填写企业（作坊）名称");
    const registration = { ...input, enterpriseName, address: row.address };
    return { row, registration, checked: await checkRegistration(tx, user, registration) };
  },
  run: async ({ user, tx, resource: { row, registration, checked } }) => {
    const { enterprise, created, audit } = await createCaseRecords(tx, user, registration, checked);
    const after = await updateTip(tx, row, { caseId: created.id, enterpriseId: enterprise.id });
    return { data: { caseId: created.id }, audit: [...audit, { entity: "Tip", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/tips/${input.tipId}`, "/tips", "/cases"],
});
