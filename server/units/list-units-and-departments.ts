import "server-only";

import { prisma } from "@/server/db";

/**
 * The units and the departments (not the office itself), in display order: those a tip is assigned
 * to and those a supervision round names — of one district (docs/domain.md §市级).
 */
export async function listUnitsAndDepartments(districtId: number) {
  const [units, departments] = await Promise.all([
    prisma.unit.findMany({ where: { districtId }, orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({
      where: { isOffice: false, districtId },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { units, departments };
}
