import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";

/** The departments of a district that can have ordered a measure (区工强办 and the lead departments), in their usual order. */
export const listMeasureDepartments = cachedFigures("measure-departments", (districtId: number) =>
  prisma.department.findMany({
    where: { districtId },
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  }),
);
