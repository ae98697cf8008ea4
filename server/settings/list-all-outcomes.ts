import "server-only";

import { prisma } from "@/server/db";

/** Every outcome category with how many cases use it, for the office's settings page. */
export function listAllOutcomes() {
  return prisma.rectificationOutcome.findMany({
    orderBy: { displayOrder: "asc" },
    include: { _count: { select: { cases: true } } },
  });
}

/** Every policy basis with how many cases use it, for the office's settings page. */
export function listAllPolicyBases() {
  return prisma.policyBasis.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { cases: true } } },
  });
}
