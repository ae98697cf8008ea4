import "server-only";

import { prisma } from "@/server/db";

/** The units a user may import into (all, or their own) and the active rectification outcomes, for the template and the page. */
export async function listImportChoices(districtId: number, ownUnitId: number | null) {
  const [units, outcomes] = await Promise.all([
    prisma.unit.findMany({
      where: ownUnitId === null ? { districtId } : { id: ownUnitId, districtId },
      select: { id: true, name: true },
      orderBy: { displayOrder: "asc" },
    }),
    prisma.rectificationOutcome.findMany({
      where: { active: true, districtId },
      select: { id: true, name: true },
      orderBy: { displayOrder: "asc" },
    }),
  ]);
  return { units, outcomes };
}
