import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";

/** The district's policy bases in use (淘汰类 items …), for choosing on an ELIMINATION case. */
export const listPolicyBases = cachedFigures("policy-bases", (districtId: number) =>
  prisma.policyBasis.findMany({
    where: { active: true, districtId },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  }),
);
