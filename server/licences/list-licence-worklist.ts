import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { awaitsLicenceCancellation } from "@/lib/licences/handoff";
import { prisma, type Tx } from "@/server/db";

const include = {
  unit: { select: { name: true } },
  outcome: { select: { name: true } },
  enterprise: {
    select: {
      id: true,
      name: true,
      creditCode: true,
      productionLicence: true,
      licenceCancellations: { select: { licenceNumber: true } },
    },
  },
} satisfies Prisma.CaseInclude;

/** Accepted cases whose enterprise holds a licence: the candidates the rule (lib/licences/handoff.ts) then narrows. */
const candidates = (db: Tx, where: Prisma.CaseWhereInput) =>
  db.case.findMany({
    where: { AND: [where, { status: "ACCEPTED", enterprise: { productionLicence: { not: null } } }] },
    orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
    include,
  });

/** 注销生产许可证 work list: closed enterprises (any campaign) whose production licence is not yet recorded as cancelled. */
export async function listLicenceWorklist() {
  return (await candidates(prisma, {})).filter(awaitsLicenceCancellation);
}

/** One case of the work list, read in the action's transaction; null when it is not (or no longer) on the list. */
export async function getLicenceWorkItem(tx: Tx, caseId: string) {
  const [row] = await candidates(tx, { id: caseId });
  return row && awaitsLicenceCancellation(row) ? row : null;
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
