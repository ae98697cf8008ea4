import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";

/** The policy bases in use (淘汰类 items …), for choosing on an ELIMINATION case. */
export const listPolicyBases = cachedFigures("policy-bases", () =>
  prisma.policyBasis.findMany({
    where: { active: true },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  }),
);
