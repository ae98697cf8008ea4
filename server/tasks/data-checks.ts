import "server-only";

import { closesEnterprise } from "@/lib/licences/handoff";
import {
  cancellationsWithoutClosure,
  type CheckLine,
  type CountedCaseFact,
  countedUnseen,
  type Finding,
  type MeasuredEnterprises,
  typedBelowRecords,
} from "@/lib/tasks/data-checks";
import { countedEntries, lineSource } from "@/lib/tasks/line-source";
import { prisma } from "@/server/db";
import { loadLineRecords, withRecords } from "@/server/tasks/line-records";

/** The office's 数据核对 of a campaign: the facts read once, the rules in lib/tasks/data-checks.ts. */
export async function runDataChecks(campaignId: number, now: Date): Promise<Finding[]> {
  const [rawLines, records, measures, cancellations] = await Promise.all([
    prisma.taskLine.findMany({
      where: { campaignId },
      orderBy: { displayOrder: "asc" },
      select: {
        id: true,
        code: true,
        dimension: true,
        measure: true,
        leads: { select: { department: { select: { id: true, name: true } } } },
        progress: { select: { value: true, date: true, unitId: true, status: true } },
      },
    }),
    loadLineRecords(prisma, campaignId),
    prisma.caseMeasure.findMany({
      where: { case: { campaignId } },
      select: {
        departmentId: true,
        dimension: true,
        caseId: true,
        case: { select: { enterpriseId: true } },
        recordedBy: { select: { departmentId: true } },
      },
    }),
    prisma.licenceCancellation.findMany({
      select: {
        id: true,
        caseId: true,
        licenceNumber: true,
        enterprise: {
          select: {
            name: true,
            cases: {
              select: {
                status: true,
                category: true,
                wholeExit: true,
                outcome: { select: { name: true } },
                measures: { select: { kind: true, escalation: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const lines = withRecords(rawLines, records);

  const checkLines: CheckLine[] = lines.map((l) => ({
    id: l.id,
    code: l.code,
    dimension: l.dimension,
    measure: l.measure,
    leadDepartmentIds: l.leads.map((x) => x.department.id),
    typedTotal: countedEntries(l.progress, now).reduce((s, e) => s + Number(e.value), 0),
    recordCount: countedEntries(l.records, now).length,
  }));

  const measuredMap = new Map<string, MeasuredEnterprises>();
  for (const m of measures) {
    const key = `${m.dimension}:${m.departmentId}`;
    const row = measuredMap.get(key) ?? { dimension: m.dimension, departmentId: m.departmentId, enterpriseIds: [] };
    if (!row.enterpriseIds.includes(m.case.enterpriseId)) row.enterpriseIds.push(m.case.enterpriseId);
    measuredMap.set(key, row);
  }

  // Who saw each counted case: departments of its reviewers and of the users who recorded its measures.
  const countedCaseIds = [
    ...new Set(
      lines
        .filter((l) => lineSource(l.code).kind !== "LICENCE_CANCELLATIONS")
        .flatMap((l) => l.records.map((r) => r.recordId)),
    ),
  ];
  const cases = await prisma.case.findMany({
    where: { id: { in: countedCaseIds } },
    select: {
      id: true,
      enterprise: { select: { name: true } },
      reviews: { select: { reviewer: { select: { departmentId: true } } } },
    },
  });
  const seen = new Map(cases.map((c) => [c.id, new Set<number>()]));
  for (const c of cases)
    for (const r of c.reviews) if (r.reviewer.departmentId) seen.get(c.id)!.add(r.reviewer.departmentId);
  for (const m of measures) if (m.recordedBy.departmentId) seen.get(m.caseId)?.add(m.recordedBy.departmentId);
  const caseName = new Map(cases.map((c) => [c.id, c.enterprise.name]));

  const counted: CountedCaseFact[] = [];
  for (const l of lines) {
    const source = lineSource(l.code);
    if (source.kind !== "MEASURES" && source.kind !== "POLICY_CASES") continue;
    const names = new Map(l.leads.map((x) => [x.department.id, x.department.name]));
    for (const r of l.records) {
      const departmentIds =
        source.kind === "POLICY_CASES" ? (r.departmentId ? [r.departmentId] : []) : [...names.keys()];
      if (departmentIds.length === 0) continue;
      counted.push({
        caseId: r.recordId,
        enterpriseName: caseName.get(r.recordId) ?? "",
        lineCode: l.code,
        departmentIds,
        departmentName: departmentIds.map((id) => names.get(id) ?? "").join("、"),
        seenByDepartmentIds: [...(seen.get(r.recordId) ?? [])],
      });
    }
  }

  return [
    ...typedBelowRecords(checkLines, [...measuredMap.values()]),
    ...cancellationsWithoutClosure(
      cancellations.map((c) => ({
        id: c.id,
        caseId: c.caseId,
        licenceNumber: c.licenceNumber,
        enterpriseName: c.enterprise.name,
        closed: c.enterprise.cases.some(closesEnterprise),
      })),
    ),
    ...countedUnseen(counted),
  ];
}
