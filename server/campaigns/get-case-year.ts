import "server-only";

import { prisma } from "@/server/db";

/** The campaign of a case (already loaded in the user's scope) and its carry-over links, for the case page. */
export function getCaseYear(caseId: string) {
  return prisma.case.findUnique({
    where: { id: caseId },
    select: {
      closedIncompleteAt: true,
      closedIncompleteReason: true,
      campaign: { select: { year: true, closedAt: true } },
      carriedFrom: { select: { id: true, campaign: { select: { year: true } } } },
      carriedTo: { select: { id: true, campaign: { select: { year: true } } } },
    },
  });
}
