import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";

/** The district's outcome categories of a rectification (关停淘汰 / 整合入园 / 规范提升 …). */
export const listOutcomes = cachedFigures("outcomes", (districtId: number) =>
  prisma.rectificationOutcome.findMany({
    where: { active: true, districtId },
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  }),
);
