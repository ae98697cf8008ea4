"use server";
import { z } from "zod";

import { decideEnterpriseMove } from "@/lib/city/enterprise-move";
import { cuid, intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/**
 * 企业跨区县迁移 (docs/domain.md §市级, lib/city/enterprise-move.ts): the city office moves an enterprise to a unit of
 * another district. Its accepted cases stay where the work was done. Recorded in the city's audit log and in both
 * districts' (each office sees what left or joined its ledger), with the reason.
 */
export const moveEnterprise = defineAction({
  name: "enterprise.moveDistrict",
  input: z.object({
    enterpriseId: cuid,
    districtCode: z.string().regex(/^\d{6}$/, "请选择迁入区县（市）"),
    unitId: intId,
    reason: text("迁移原因", 200, 2),
  }),
  roles: ["CITY_OFFICE"],
  authorize: async ({ input, tx }) => {
    const before = await tx.enterprise.findUnique({
      where: { id: input.enterpriseId },
      include: { unit: { select: { districtId: true } }, cases: { select: { status: true } } },
    });
    if (!before) throw notFound();
    const [district, unit] = await Promise.all([
      tx.district.findUnique({ where: { code: input.districtCode }, select: { id: true } }),
      tx.unit.findUnique({ where: { id: input.unitId }, select: { districtId: true } }),
    ]);
    if (!district) throw new ActionError("INVALID", "请选择迁入区县（市）", { districtCode: ["请选择迁入区县（市）"] });
    const decision = decideEnterpriseMove({
      fromDistrictId: before.unit.districtId,
      toDistrictId: district.id,
      unitDistrictId: unit?.districtId ?? null,
      caseStatuses: before.cases.map((c) => c.status),
    });
    if (!decision.ok) throw new ActionError("INVALID", decision.reason, { [decision.field]: [decision.reason] });
    return { before, toDistrictId: district.id };
  },
  run: async ({ input, tx, resource: { before, toDistrictId } }) => {
    const { cases, unit, ...row } = before;
    const after = await tx.enterprise.update({
      where: { id: before.id },
      data: { unitId: input.unitId, proposedByDepartmentId: null },
    });
    const entry = {
      entity: "Enterprise",
      entityId: after.id,
      before: { ...row, districtId: unit.districtId },
      after: { ...after, districtId: toDistrictId, reason: input.reason, acceptedCasesKept: cases.length },
    };
    // The city's log, and both districts': the one it left and the one it joined.
    return {
      data: null,
      audit: [entry, { ...entry, districtId: unit.districtId }, { ...entry, districtId: toDistrictId }],
    };
  },
  revalidate: () => ["/city/enterprises", "/cases"],
});
