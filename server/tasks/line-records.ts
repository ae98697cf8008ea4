import "server-only";

import { type LineRecords, lineSource, recordEntries, type RecordEntry } from "@/lib/tasks/line-source";
import type { Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

/**
 * The records the computed task lines of a campaign count (lib/tasks/line-source.ts): enforcement measures,
 * 淘汰 cases with their basis's issuer, licence cancellations — all of the campaign's cases, optionally of
 * one unit (a township reads only its own).
 */
export async function loadLineRecords(db: Tx, campaignId: number, unitId?: number): Promise<LineRecords> {
  const caseWhere = { campaignId, ...(unitId === undefined ? {} : { unitId }) };
  const [measures, policyCases, allCancellations] = await Promise.all([
    db.caseMeasure.findMany({
      where: { kind: { not: "CANCEL_PRODUCTION_PERMIT" }, case: caseWhere },
      select: {
        id: true,
        caseId: true,
        kind: true,
        dimension: true,
        departmentId: true,
        date: true,
        createdAt: true,
        case: { select: { unitId: true } },
      },
    }),
    db.case.findMany({
      where: { ...caseWhere, category: "ELIMINATION", status: "ACCEPTED", policyBasis: { issuer: { not: null } } },
      select: {
        id: true,
        unitId: true,
        category: true,
        status: true,
        acceptedAt: true,
        policyDepartmentId: true,
        policyBasis: { select: { issuer: true } },
      },
    }),
    db.licenceCancellation.findMany({ select: { id: true, caseId: true, cancelledOn: true, createdAt: true } }),
  ]);
  // A cancellation counts for the campaign of the case that closed the enterprise (whatever that case's state
  // now: the data checks flag one whose enterprise is no longer closed).
  const cases = await db.case.findMany({
    where: { ...caseWhere, id: { in: allCancellations.map((c) => c.caseId) } },
    select: { id: true, unitId: true },
  });
  const caseUnit = new Map(cases.map((c) => [c.id, c.unitId]));
  const cancellations = allCancellations.filter((c) => caseUnit.has(c.caseId));
  return {
    measures: measures.map(({ case: c, ...m }) => ({ ...m, unitId: c.unitId })),
    policyCases: policyCases.map(({ policyBasis, ...c }) => ({ ...c, issuer: policyBasis?.issuer ?? null })),
    cancellations: cancellations.map((c) => ({
      id: c.id,
      unitId: caseUnit.get(c.caseId)!,
      cancelledOn: c.cancelledOn,
      createdAt: c.createdAt,
    })),
  };
}

/** The unit a user's reading of the records is narrowed to: a township its own. */
export const recordUnitScope = (user: SessionUser) => (user.role === "TOWNSHIP" ? (user.unitId ?? -1) : undefined);

type LineForRecords = { code: string; dimension: Parameters<typeof recordEntries>[0]["dimension"] } & {
  leads: { department: { id: number } }[];
};

/** Each line with the records it counts (lib/tasks/line-source.ts recordEntries); typed lines get none. */
export function withRecords<L extends LineForRecords>(
  lines: L[],
  records: LineRecords,
): (L & { records: RecordEntry[] })[] {
  return lines.map((l) => ({
    ...l,
    records:
      lineSource(l.code).kind === "TYPED"
        ? []
        : recordEntries(
            { code: l.code, dimension: l.dimension, leadDepartmentIds: l.leads.map((x) => x.department.id) },
            records,
          ),
  }));
}
