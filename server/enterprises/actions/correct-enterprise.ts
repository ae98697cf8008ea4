"use server";
import { z } from "zod";

import { creditCode, cuid, intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/**
 * 区工强办 corrects an enterprise's territory (镇街/园区) and credit code — e.g. a record entered
 * under the wrong unit or code. Its cases move with it to the new unit. Audited with the reason.
 */
export const correctEnterprise = defineAction({
  name: "enterprise.correct",
  input: z.object({
    enterpriseId: cuid,
    unitId: intId,
    creditCode,
    reason: text("更正原因", 200, 2),
  }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    const before = await tx.enterprise.findUnique({ where: { id: input.enterpriseId } });
    if (!before) throw notFound();
    if (!(await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } })))
      throw new ActionError("INVALID", "请选择企业所在镇（街道）");
    if (input.creditCode) {
      const holder = await tx.enterprise.findUnique({
        where: { creditCode: input.creditCode },
        select: { id: true, name: true },
      });
      if (holder && holder.id !== before.id)
        throw new ActionError("CONFLICT", `该统一社会信用代码已属于台账中的“${holder.name}”`);
    }
    return before;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await tx.enterprise.update({
      where: { id: before.id },
      // The office's decision settles the record: no longer a department's proposal.
      data: { unitId: input.unitId, creditCode: input.creditCode, proposedByDepartmentId: null },
    });
    const moved = await tx.case.updateMany({
      where: { enterpriseId: before.id, unitId: { not: input.unitId } },
      data: { unitId: input.unitId, version: { increment: 1 } },
    });
    return {
      data: { movedCases: moved.count },
      audit: [
        {
          entity: "Enterprise",
          entityId: after.id,
          before,
          after: { ...after, reason: input.reason, movedCases: moved.count },
        },
      ],
    };
  },
  revalidate: () => ["/cases", "/dashboard"],
});
