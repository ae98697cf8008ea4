import "server-only";

import { prisma } from "@/server/db";

/**
 * A district's units in the source document's order — public reference data, e.g. for an enterprise's
 * location (docs/domain.md §市级: only ever one district's; pass districtOf(user), or the public page's district).
 */
export function listUnitNames(districtId: number) {
  return prisma.unit.findMany({
    where: { districtId },
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  });
}
