import "server-only";

import { prisma } from "@/server/db";

/**
 * The units and the departments (not the office itself), in display order: those a tip is assigned
 * to and those a supervision round names.
 */
export async function listUnitsAndDepartments() {
  const [units, departments] = await Promise.all([
    prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({
      where: { isOffice: false },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { units, departments };
}
