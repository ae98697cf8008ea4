import "server-only";
import { prisma } from "@/server/db";

/** The units and the departments (not the office itself) a round may name, in display order. */
export async function listRoundChoices() {
  const [units, departments] = await Promise.all([
    prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({ where: { isOffice: false }, orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return { units, departments };
}
