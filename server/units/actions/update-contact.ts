"use server";
import { z } from "zod";

import { intId, text, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { versionedChange } from "@/server/audit";
import { notFound } from "@/server/errors";
import { unitEditScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  unitId: intId,
  version,
  contactName: text("联系人", 20),
  contactPhone: text("联系电话", 30).regex(
    /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/,
    "联系电话格式不正确（手机号或带区号的固定电话）",
  ),
});

/** 修改单位联系人 — the office for any unit, a township officer for their own. */
export const updateUnitContact = defineAction({
  name: "unit.updateContact",
  input,
  roles: ["OFFICE", "TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const unit = await tx.unit.findFirst({ where: { AND: [{ id: input.unitId }, unitEditScope(user)] } });
    if (!unit) throw notFound();
    return unit;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await updateVersioned(tx.unit, before.id, input.version, {
      contactName: input.contactName,
      contactPhone: input.contactPhone,
    });
    return {
      data: { version: after.version },
      audit: [versionedChange("Unit", before.id, before, after, ["contactName", "contactPhone"])],
    };
  },
  revalidate: (input) => [`/units/${input.unitId}`],
});
