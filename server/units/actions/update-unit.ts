"use server";
import { z } from "zod";

import { intId, intInRange, text, version } from "@/lib/fields";
import { nameTakenError, unitNameError } from "@/lib/units/unit-rules";
import { defineAction } from "@/server/action";
import { versionedChange } from "@/server/audit";
import { ActionError, notFound } from "@/server/errors";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 修改单位 (单位管理): the district office renames one of its own units or moves it in the annex order (another
 * district's unit is not found); the name still fits its kind and is unique in the district. Its records keep pointing
 * at it, so every list shows the new name. A stale form is refused. In the district's log.
 */
export const updateUnit = defineAction({
  name: "unit.update",
  input: z.object({
    unitId: intId,
    version,
    name: text("单位名称", 20, 2),
    displayOrder: intInRange(1, 999),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const unit = await tx.unit.findFirst({ where: { id: input.unitId, districtId: districtOf(user) } });
    if (!unit) throw notFound();
    const message =
      unitNameError(unit.kind, input.name) ??
      ((await tx.unit.count({ where: { districtId: unit.districtId, name: input.name, id: { not: unit.id } } }))
        ? nameTakenError(input.name)
        : null);
    if (message) throw new ActionError("INVALID", message, { name: [message] });
    return unit;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await updateVersioned(tx.unit, before.id, input.version, {
      name: input.name,
      displayOrder: input.displayOrder,
    });
    return {
      data: { version: after.version },
      audit: [versionedChange("Unit", before.id, before, after, ["name", "displayOrder"])],
    };
  },
  revalidate: (input) => ["/admin/units", `/units/${input.unitId}`, "/admin/campaigns", "/dashboard"],
});
