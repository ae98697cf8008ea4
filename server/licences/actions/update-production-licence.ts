"use server";
import { z } from "zod";

import { cuid, optionalText } from "@/lib/fields";
import { normaliseLicence } from "@/lib/licences/handoff";
import { defineAction } from "@/server/action";
import { notFound } from "@/server/errors";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { enterpriseDistrictScope } from "@/server/scope";

const input = z.object({
  enterpriseId: cuid,
  /** "" = the enterprise holds no production licence. */
  productionLicence: optionalText("生产许可证编号", 50),
});

/**
 * 生产许可证编号 of an enterprise — its own township, the office, or 区市场监管局 (who issues them);
 * before/after go to the audit log. A closed enterprise holding one appears on the cancellation list.
 */
export const updateProductionLicence = defineAction({
  name: "enterprise.updateProductionLicence",
  input,
  roles: ["OFFICE", "TOWNSHIP", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const reach =
      user.role === "TOWNSHIP"
        ? { unitId: user.unitId ?? -1 }
        : user.role === "OFFICE" || (await isLicenceOffice(user, tx))
          ? {}
          : null;
    const row =
      reach &&
      (await tx.enterprise.findFirst({
        where: { AND: [{ id: input.enterpriseId }, reach, enterpriseDistrictScope(user)] },
        select: { id: true, productionLicence: true },
      }));
    if (!row) throw notFound();
    return row;
  },
  run: async ({ input, tx, resource: before }) => {
    const productionLicence = input.productionLicence ? normaliseLicence(input.productionLicence) : null;
    await tx.enterprise.update({ where: { id: before.id }, data: { productionLicence } });
    return {
      data: { productionLicence },
      audit: [
        {
          entity: "Enterprise",
          entityId: before.id,
          before: { productionLicence: before.productionLicence },
          after: { productionLicence },
        },
      ],
    };
  },
  revalidate: () => ["/cases", "/tasks/licences"],
});
