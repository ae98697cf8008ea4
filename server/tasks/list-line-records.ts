import "server-only";

import { beijingDay } from "@/lib/dates";
import { countedEntries, lineSource, measureCountsOnLine } from "@/lib/tasks/line-source";
import { lineEntries, progressOfLine } from "@/lib/tasks/progress";
import { prisma } from "@/server/db";
import { caseScope, steelInspectionScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import type { getTaskLine } from "@/server/tasks/get-task-line";

type Line = NonNullable<Awaited<ReturnType<typeof getTaskLine>>>;
export type RecordsFilter = { unitId?: number; departmentId?: number };

/**
 * What a task line's figure counts, as a list — the drill-down of every figure of the line (the overview,
 * the line page, a unit's or a T9 department's part): the same entries the figure sums (lib/tasks/line-source.ts
 * countedEntries), so `total` is the figure. A township reads only its own unit's (the caller narrows).
 */
export async function listLineRecords(user: SessionUser, line: Line, filter: RecordsFilter, now: Date) {
  const source = lineSource(line.code);
  if (source.kind === "TYPED" && line.items.length > 0) {
    // ITEM lines (T4): the items done, each by its latest entry (lib/tasks/progress.ts).
    const total = filter.unitId === undefined ? progressOfLine(line, line.campaign, now).achieved : 0;
    const day = beijingDay(now).getTime();
    const items = filter.unitId === undefined ? line.items.filter((i) => i.doneAt && i.doneAt.getTime() <= day) : [];
    return { kind: "ITEMS" as const, total, items };
  }

  const entries = countedEntries(lineEntries(line), now, filter);
  const total = Number(
    (entries.reduce((s, e) => s + Math.round(Number(e.value.toString()) * 100), 0) / 100).toFixed(2),
  );
  const typed = line.progress.filter((e) => entries.includes(e));

  switch (source.kind) {
    case "TYPED":
      return { kind: "ENTRIES" as const, total, typed };
    case "STEEL": {
      const day = beijingDay(now);
      const inspections = await prisma.steelInspection.findMany({
        where: {
          AND: [
            { taskLineId: line.id, inspectedOn: { lte: day } },
            steelInspectionScope(user),
            filter.unitId === undefined ? {} : { unitId: filter.unitId },
          ],
        },
        orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          inspectedOn: true,
          inspectors: true,
          finding: true,
          unit: { select: { name: true } },
          enterprise: { select: { name: true, creditCode: true } },
        },
      });
      return { kind: "STEEL" as const, total, typed, inspections };
    }
    case "LICENCE_CANCELLATIONS": {
      const ids = entries.map((e) => ("recordId" in e ? e.recordId : ""));
      const cancellations = await prisma.licenceCancellation.findMany({
        where: { id: { in: ids } },
        orderBy: [{ cancelledOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          caseId: true,
          licenceNumber: true,
          cancelledOn: true,
          documentNumber: true,
          enterprise: { select: { name: true, creditCode: true, unit: { select: { name: true } } } },
        },
      });
      return { kind: "CANCELLATIONS" as const, total, cancellations };
    }
    case "POLICY_CASES":
    case "MEASURES": {
      const dated = new Map(entries.map((e) => ["recordId" in e ? e.recordId : "", e.date]));
      const leadDepartmentIds = line.leads.map((l) => l.department.id);
      const rows = await prisma.case.findMany({
        where: { AND: [{ id: { in: [...dated.keys()] } }, caseScope(user)] },
        orderBy: [{ unit: { displayOrder: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          category: true,
          status: true,
          acceptedAt: true,
          enterprise: { select: { name: true, creditCode: true } },
          unit: { select: { name: true } },
          policyBasis: { select: { name: true, issuer: true } },
          policyDepartment: { select: { name: true } },
          policyDepartmentCorrectedAt: true,
          measures: {
            orderBy: [{ date: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              kind: true,
              dimension: true,
              departmentId: true,
              date: true,
              reference: true,
              department: { select: { name: true } },
            },
          },
        },
      });
      const cases = rows
        .map((c) => ({
          ...c,
          countedOn: dated.get(c.id)!,
          // The measures that count on the line, done by the day the figure is read at.
          measures: c.measures.filter(
            (m) =>
              m.date.getTime() <= beijingDay(now).getTime() &&
              measureCountsOnLine(m, { code: line.code, dimension: line.dimension, leadDepartmentIds }),
          ),
        }))
        .sort((a, b) => b.countedOn.getTime() - a.countedOn.getTime());
      return { kind: "CASES" as const, total, cases, policy: source.kind === "POLICY_CASES" };
    }
  }
}
