"use server";
import { equipmentInput } from "@/lib/cases/equipment-input";
import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { checkProof, loadEquipmentForChange } from "@/server/equipment/load-for-change";
import { updateVersioned } from "@/server/versioned-update";

/** 修改淘汰设备 (e.g. its 去向 once known), while the case is open; a form built on an older version is refused. */
export const updateEquipment = defineAction({
  name: "equipment.update",
  input: equipmentInput({ equipmentId: cuid, version, caseVersion: version }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const found = await loadEquipmentForChange(tx, user, input.equipmentId);
    await checkProof(tx, found.row.id, input.evidenceId);
    return found;
  },
  run: async ({ input, tx, resource: { item, row, to } }) => {
    const kase = await updateVersioned(tx.case, row.id, input.caseVersion, { status: to });
    const { equipmentId: _id, version: _version, caseVersion: _caseVersion, ...fields } = input;
    const after = await updateVersioned(tx.caseEquipment, item.id, input.version, fields);
    return {
      data: { version: after.version, caseVersion: kase.version },
      audit: [{ entity: "CaseEquipment", entityId: item.id, before: item, after }],
    };
  },
  revalidate: () => [],
});
