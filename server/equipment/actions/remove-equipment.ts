"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { loadEquipmentForChange } from "@/server/equipment/load-for-change";
import { conflict } from "@/server/errors";
import { updateVersioned } from "@/server/versioned-update";

/** 删除淘汰设备 (asked first in the page), while the case is open; the audit log keeps what it was. */
export const removeEquipment = defineAction({
  name: "equipment.remove",
  input: z.object({ equipmentId: cuid, version, caseVersion: version }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => loadEquipmentForChange(tx, user, input.equipmentId),
  run: async ({ input, tx, resource: { item, row, to } }) => {
    await updateVersioned(tx.case, row.id, input.caseVersion, { status: to });
    const { count } = await tx.caseEquipment.deleteMany({ where: { id: item.id, version: input.version } });
    if (count === 0) throw conflict();
    return {
      data: { caseId: row.id },
      audit: [{ entity: "CaseEquipment", entityId: item.id, before: item, after: null }],
    };
  },
  revalidate: () => [],
});
