"use server";
import { z } from "zod";
import { intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/** Adds a policy basis (淘汰类 item or other basis) for ELIMINATION cases, or switches one on or off (never deleted: cases refer to it). */
export const savePolicyBasis = defineAction({
  name: "policyBasis.save",
  input: z.union([
    z.object({ name: text("政策依据", 200, 2) }),
    z.object({ policyBasisId: intId, active: z.boolean() }),
  ]),
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    if ("name" in input) {
      if (await tx.policyBasis.findUnique({ where: { name: input.name } })) throw new ActionError("CONFLICT", "已有相同的政策依据");
      return null;
    }
    const basis = await tx.policyBasis.findUnique({ where: { id: input.policyBasisId } });
    if (!basis) throw notFound();
    return basis;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = "name" in input
      ? await tx.policyBasis.create({ data: { name: input.name, displayOrder: ((await tx.policyBasis.aggregate({ _max: { displayOrder: true } }))._max.displayOrder ?? 0) + 1 } })
      : await tx.policyBasis.update({ where: { id: before!.id }, data: { active: input.active } });
    return { data: null, audit: [{ entity: "PolicyBasis", entityId: after.id, before, after }] };
  },
  revalidate: () => ["/settings"],
});
