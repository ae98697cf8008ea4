import "server-only";
import { prisma } from "@/server/db";

/** Units and lead departments a tip can be assigned to (the office itself is not an assignee). */
export async function listAssignees() {
  const [units, departments] = await Promise.all([
    prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({ where: { isOffice: false }, orderBy: { displayOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return { units, departments };
}
