import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { licenceWorklist, wholeExitReason } from "@/lib/licences/handoff";
import { prisma, type Tx } from "@/server/db";

const include = {
  unit: { select: { name: true } },
  outcome: { select: { name: true } },
  measures: { select: { kind: true, escalation: true } },
  enterprise: {
    select: {
      id: true,
      name: true,
      creditCode: true,
      productionLicence: true,
      licenceCancellations: { select: { licenceNumber: true } },
      cases: { select: { measures: { where: { kind: "CANCEL_PRODUCTION_PERMIT" }, select: { kind: true } } } },
    },
  },
} satisfies Prisma.CaseInclude;

/**
 * Cases that may close their enterprise (accepted, or escalated to closure) whose enterprise holds a
 * licence: the candidates the rule (lib/licences/handoff.ts) then narrows.
 */
async function candidates(db: Tx, where: Prisma.CaseWhereInput) {
  const rows = await db.case.findMany({
    where: {
      AND: [
        where,
        { enterprise: { productionLicence: { not: null } } },
        { OR: [{ status: "ACCEPTED" }, { measures: { some: { escalation: true, kind: "CLOSURE" } } }] },
      ],
    },
    orderBy: [{ acceptedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include,
  });
  return rows.map(({ enterprise: { cases, ...enterprise }, ...c }) => {
    const item = { ...c, enterprise: { ...enterprise, measures: cases.flatMap((x) => x.measures) } };
    return { ...item, exitReason: wholeExitReason(item) };
  });
}

/** 注销生产许可证 work list: enterprises (any campaign) that exit as a whole and whose production licence is not yet cancelled. */
export async function listLicenceWorklist() {
  return licenceWorklist(await candidates(prisma, {}));
}

/** One case of the work list, read in the action's transaction; null when it is not (or no longer) on the list. */
export async function getLicenceWorkItem(tx: Tx, caseId: string) {
  const [row] = licenceWorklist(await candidates(tx, { id: caseId }));
  return row ?? null;
}

/** The cancellations recorded, newest first. */
export function listLicenceCancellations(take = 100) {
  return prisma.licenceCancellation.findMany({
    orderBy: [{ cancelledOn: "desc" }, { createdAt: "desc" }],
    take,
    include: {
      enterprise: { select: { name: true, creditCode: true, unit: { select: { name: true } } } },
      recordedBy: { select: { displayName: true } },
    },
  });
}
