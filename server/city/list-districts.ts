import "server-only";

import { prisma } from "@/server/db";

/** The city's districts in their order, with whether their figures are generated (示例数据) — names only, no district record. */
export function listDistricts() {
  return prisma.district.findMany({
    orderBy: { displayOrder: "asc" },
    select: { id: true, code: true, name: true, officeName: true, isSample: true },
  });
}
