import "server-only";

import { isCuid } from "@/lib/fields";
import { prisma } from "@/server/db";
import { findingScope, roundScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * A round the user may read, with its units and departments, its sample (a township only its own unit's)
 * and the findings the user may read; null when missing or out of scope.
 */
export async function getRound(user: SessionUser, id: string) {
  if (!isCuid(id)) return null;
  const own = user.role === "TOWNSHIP" ? { unitId: user.unitId ?? -1 } : {};
  return prisma.inspectionRound.findFirst({
    where: { AND: [{ id }, roundScope(user)] },
    include: {
      campaign: { select: { year: true, closedAt: true } },
      createdBy: { select: { displayName: true } },
      units: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { displayOrder: "asc" } } },
      departments: {
        select: { department: { select: { id: true, name: true } } },
        orderBy: { department: { displayOrder: "asc" } },
      },
      samples: {
        where: own,
        select: {
          unitId: true,
          case: { select: { id: true, status: true, category: true, enterprise: { select: { name: true } } } },
        },
        orderBy: [{ unitId: "asc" }, { caseId: "asc" }],
      },
      findings: {
        where: findingScope(user),
        orderBy: [{ recordedAt: "desc" }],
        select: {
          id: true,
          status: true,
          problem: true,
          dueDate: true,
          recordedAt: true,
          unit: { select: { name: true } },
          department: { select: { name: true } },
          case: { select: { id: true, enterprise: { select: { name: true } } } },
        },
      },
    },
  });
}

/** The cases of a round's units a finding may name (the sample first is the page's business): the year's cases of those units. */
export function listRoundCases(campaignId: number, unitIds: number[]) {
  return prisma.case.findMany({
    where: { campaignId, unitId: { in: unitIds } },
    orderBy: [{ unitId: "asc" }, { enterprise: { name: "asc" } }],
    select: { id: true, unitId: true, status: true, enterprise: { select: { name: true } } },
    take: 2000,
  });
}
