"use server";
import { z } from "zod";
import { intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/** Adds a rectification outcome category, or switches one on or off (never deleted: cases refer to it). */
export const saveOutcome = defineAction({
  name: "outcome.save",
  input: z.union([
    z.object({ name: text("名称", 20, 2) }),
    z.object({ outcomeId: intId, active: z.boolean() }),
  ]),
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    if ("name" in input) {
      if (await tx.rectificationOutcome.findUnique({ where: { name: input.name } })) throw new ActionError("CONFLICT", "已有同名的整治结果类别");
      return null;
    }
    const outcome = await tx.rectificationOutcome.findUnique({ where: { id: input.outcomeId } });
    if (!outcome) throw notFound();
    return outcome;
  },
  run: async ({ input, tx, resource: before }) => {
    if ("name" in input) {
      const last = await tx.rectificationOutcome.aggregate({ _max: { displayOrder: true } });
      const after = await tx.rectificationOutcome.create({ data: { name: input.name, displayOrder: (last._max.displayOrder ?? 0) + 1 } });
      return { data: null, audit: [{ entity: "RectificationOutcome", entityId: after.id, before: null, after }] };
    }
    const after = await tx.rectificationOutcome.update({ where: { id: before!.id }, data: { active: input.active } });
    return { data: null, audit: [{ entity: "RectificationOutcome", entityId: after.id, before, after }] };
  },
  revalidate: () => ["/settings"],
});
