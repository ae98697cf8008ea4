"use server";
import { acknowledgeCityCircularInput } from "@/lib/city/circular-input";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/** 签收: a district office acknowledges a city 通报 naming its district, once (another district's: not found). */
export const acknowledgeCityCircular = defineAction({
  name: "cityCircular.acknowledge",
  input: acknowledgeCityCircularInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    if (user.districtId === null) throw notFound();
    const row = await tx.cityCircularDistrict.findUnique({
      where: { circularId_districtId: { circularId: input.circularId, districtId: user.districtId } },
    });
    if (!row) throw notFound();
    if (row.acknowledgedAt) throw new ActionError("CONFLICT", "本区已签收");
    return row;
  },
  run: async ({ user, tx, resource: row }) => {
    const { count } = await tx.cityCircularDistrict.updateMany({
      where: { circularId: row.circularId, districtId: row.districtId, acknowledgedAt: null },
      data: { acknowledgedAt: new Date(), acknowledgedById: user.id },
    });
    if (count === 0) throw new ActionError("CONFLICT", "本区已签收");
    const after = await tx.cityCircularDistrict.findUniqueOrThrow({
      where: { circularId_districtId: { circularId: row.circularId, districtId: row.districtId } },
    });
    return {
      data: null,
      audit: [{ entity: "CityCircularDistrict", entityId: `${row.circularId}:${row.districtId}`, before: row, after }],
    };
  },
  revalidate: () => ["/supervision", "/city/circulars"],
});
