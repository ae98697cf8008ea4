import "server-only";

import { type CaseState, caseStateAt, type CaseStateFilter, matchesState, statusesOf } from "@/lib/cases/figure-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";

/**
 * The case filter of lib/cases/figure-filter.ts as a query on the stored state (today): the figures
 * and the lists read today's state from the status column with exactly these conditions.
 */
export function stateWhere(f: CaseStateFilter, now: Date): Prisma.CaseWhereInput {
  return {
    AND: [
      f.status ? { status: { in: [...statusesOf(f.status)] } } : {},
      f.overdue ? overdueWhere(now) : {},
      f.relapsed ? { status: { not: "ACCEPTED" }, returnVisits: { some: { result: "RESUMED" } } } : {},
    ],
  };
}

/** What a case's state at the past moment `at` is read from (lib/dashboard/history statusAt): its dates and the reviews stored by then. */
export const caseHistorySelect = (at: Date) =>
  ({
    id: true,
    status: true,
    createdAt: true,
    submittedAt: true,
    acceptedAt: true,
    reviews: { where: { createdAt: { lte: at } }, select: { decision: true, createdAt: true } },
  }) satisfies Prisma.CaseSelect;

/**
 * The cases matching `where` (the user's scope and the case's own fields) whose state at the past
 * moment `at` matches `f` (lib/cases/figure-filter.ts caseStateAt): ids with their state then, in the
 * list's order (latest change first). Read with only the records stored by then.
 */
export async function casesAsOf(
  where: Prisma.CaseWhereInput,
  f: CaseStateFilter,
  at: Date,
): Promise<{ id: string; state: CaseState }[]> {
  const cases = await prisma.case.findMany({
    where: { AND: [where, { createdAt: { lte: at } }] },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      ...caseHistorySelect(at),
      deadline: true,
      measures: {
        where: { createdAt: { lte: at } },
        select: { kind: true, date: true, deadline: true, createdAt: true },
      },
      returnVisits: {
        where: { result: "RESUMED", recordedAt: { lte: at } },
        select: { result: true, recordedAt: true },
      },
    },
  });
  const out: { id: string; state: CaseState }[] = [];
  for (const c of cases) {
    const state = caseStateAt(c, at);
    if (state && matchesState(state, f)) out.push({ id: c.id, state });
  }
  return out;
}
