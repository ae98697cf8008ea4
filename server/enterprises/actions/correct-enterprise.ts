"use server";
import { z } from "zod";

import { creditCode, cuid, intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { districtOf, enterpriseDistrictScope } from "@/server/scope";

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
  authorize: async ({ user, input, tx }) => {
    const before = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, ...enterpriseDistrictScope(user) },
    });
    if (!before) throw notFound();
    if (!(await tx.unit.findFirst({ where: { id: input.unitId, districtId: districtOf(user) }, select: { id: true } })))
      throw new ActionError("INVALID", "请选择企业所在镇（街道）");
    if (input.creditCode) {
      const holder = await tx.enterprise.findUnique({
        where: { creditCode: input.creditCode },
        select: { id: true, name: true, unit: { select: { districtId: true } } },
      });
      if (holder && holder.id !== before.id && holder.unit.districtId !== districtOf(user))
        throw new ActionError(
          "CONFLICT",
          "该统一社会信用代码的企业已在其他区县（市）登记；企业跨区县迁移由市工强办决定",
        );
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
