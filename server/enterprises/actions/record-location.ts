"use server";
import { z } from "zod";

import { isValidPosition } from "@/lib/enterprises/geo";
import { optionalCuid } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

const degrees = (label: string, limit: number) =>
  z
    .number({ error: `${label}无效` })
    .finite(`${label}无效`)
    .min(-limit, `${label}无效`)
    .max(limit, `${label}无效`);

/**
 * "使用当前位置": a township officer on site records the enterprise's position (the browser's
 * geolocation, WGS 84) so evidence photos can be checked against it. Only the enterprise's own
 * township; another unit's enterprise is not found. Named by the enterprise (case page) or, right
 * after registration, by the new case (the registration form keeps the position taken before). Enterprises carry no version column: the last
 * recording wins, and each one is audited with the position it replaced.
 */
export const recordEnterpriseLocation = defineAction({
  name: "enterprise.location",
  input: z
    .object({
      enterpriseId: optionalCuid,
      caseId: optionalCuid,
      latitude: degrees("纬度", 90),
      longitude: degrees("经度", 180),
    })
    .refine((p) => !p.enterpriseId !== !p.caseId, "请指明企业")
    .refine((p) => isValidPosition(p), "定位结果无效，请重试"),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const unitId = user.unitId ?? -1;
    const enterpriseId =
      input.enterpriseId ??
      (await tx.case.findFirst({ where: { id: input.caseId!, unitId }, select: { enterpriseId: true } }))?.enterpriseId;
    if (!enterpriseId) throw notFound();
    const before = await tx.enterprise.findFirst({
      where: { id: enterpriseId, unitId },
      select: { id: true, latitude: true, longitude: true, locatedAt: true },
    });
    if (!before) throw notFound();
    return before;
  },
  run: async ({ input, tx, resource: before }) => {
    if (!isValidPosition(input)) throw new ActionError("INVALID", "定位结果无效，请重试");
    const after = await tx.enterprise.update({
      where: { id: before.id },
      data: { latitude: input.latitude, longitude: input.longitude, locatedAt: new Date() },
      select: { id: true, latitude: true, longitude: true, locatedAt: true },
    });
    return { data: after, audit: [{ entity: "Enterprise", entityId: after.id, before, after }] };
  },
  revalidate: () => ["/cases"],
});
