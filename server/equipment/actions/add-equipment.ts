"use server";
import { MAX_EQUIPMENT_PER_CASE } from "@/lib/cases/equipment";
import { equipmentInput } from "@/lib/cases/equipment-input";
import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { checkProof, loadCaseForEquipment } from "@/server/equipment/load-for-change";
import { ActionError } from "@/server/errors";
import { updateVersioned } from "@/server/versioned-update";

/** 登记淘汰设备: one item of an elimination's equipment list, while the case is open. */
export const addEquipment = defineAction({
  name: "equipment.add",
  input: equipmentInput({ caseId: cuid, caseVersion: version }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const { row, to } = await loadCaseForEquipment(tx, user, input.caseId);
    await checkProof(tx, row.id, input.evidenceId);
    const count = await tx.caseEquipment.count({ where: { caseId: row.id } });
    if (count >= MAX_EQUIPMENT_PER_CASE)
      throw new ActionError("INVALID", `一个整治对象最多登记 ${MAX_EQUIPMENT_PER_CASE} 项设备`);
    return { row, to, count };
  },
  run: async ({ user, input, tx, resource: { row, to } }) => {
    // The case's version moves with its equipment (the checklist on a page showing the old list is stale).
    const after = await updateVersioned(tx.case, row.id, input.caseVersion, { status: to });
    const last = await tx.caseEquipment.aggregate({ where: { caseId: row.id }, _max: { displayOrder: true } });
    const { caseId: _caseId, caseVersion: _caseVersion, ...fields } = input;
    const item = await tx.caseEquipment.create({
      data: {
        ...fields,
        caseId: row.id,
        displayOrder: (last._max.displayOrder ?? -1) + 1,
        createdById: user.id,
      },
    });
    return {
      data: { id: item.id, caseVersion: after.version },
      audit: [{ entity: "CaseEquipment", entityId: item.id, before: null, after: item }],
    };
  },
  revalidate: (input) => [`/cases/${input.caseId}`],
});
