import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";

/** The configurable outcome categories of a rectification (关停淘汰 / 整合入园 / 规范提升 …). */
export const listOutcomes = cachedFigures("outcomes", () =>
  prisma.rectificationOutcome.findMany({
    where: { active: true },
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  }),
);
