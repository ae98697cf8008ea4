import "server-only";

import { prisma } from "@/server/db";

/** The 18 units in the source document's order — public reference data, e.g. for an enterprise's location. */
export function listUnitNames() {
  return prisma.unit.findMany({ orderBy: { displayOrder: "asc" }, select: { id: true, name: true } });
}
