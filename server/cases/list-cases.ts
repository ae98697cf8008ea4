import "server-only";

import type { CaseListFilters } from "@/lib/cases/list-filters";
import { isOverdue } from "@/lib/cases/overdue";
import { missingItems } from "@/lib/cases/requirements";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { paginate } from "@/lib/paginate";
import { casesAsOf, stateWhere } from "@/server/cases/cases-as-of";
import { prisma } from "@/server/db";
import { caseScope, caseWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * One page of the user's cases in a campaign, newest first, with what each still misses; `remit`: only
 * the cases the user may act on (the review queue of a department: its own dimensions).
 */
export async function listCases(user: SessionUser, campaignId: number, f: CaseListFilters, { remit = false } = {}) {
  const now = new Date();
  // 统计截至 a past day: the cases as they stood then (the state the dashboard's figures count).
  const at = f.asOf ? asOfMoment(parseAsOf(f.asOf).day, now) : now;
  const past = at !== now;
  const state = { status: f.status, overdue: f.overdue === "1", relapsed: f.relapsed === "1" };
  const own: Prisma.CaseWhereInput = {
    AND: [
      remit ? caseWriteScope(user) : caseScope(user),
      { campaignId },
      f.category ? { category: f.category } : {},
      f.unit ? { unitId: f.unit } : {},
      f.industry ? { enterprise: { industry: f.industry } } : {},
      f.q
        ? {
            enterprise: {
              OR: [{ name: { contains: f.q, mode: "insensitive" } }, { creditCode: { contains: f.q.toUpperCase() } }],
            },
          }
        : {},
    ],
  };
  let total: number;
  let where: Prisma.CaseWhereInput;
  let skip: number;
  let take: number;
  let pages: number;
  let then: Map<string, { status: CaseStatus; overdue: boolean }> | null = null;
  if (past) {
    const matching = await casesAsOf(own, state, at);
    total = matching.length;
    ({ pages, skip, take } = paginate(total, f.page));
    const page = matching.slice(skip, skip + take);
    then = new Map(page.map((m) => [m.id, m.state]));
    where = { id: { in: page.map((m) => m.id) } };
    skip = 0;
  } else {
    where = { AND: [own, stateWhere(state, now)] };
    total = await prisma.case.count({ where });
    ({ pages, skip, take } = paginate(total, f.page));
  }
  const rows = await prisma.case.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    include: {
      enterprise: { select: { name: true, creditCode: true, industry: true } },
      unit: { select: { name: true } },
      evidence: { where: { deletedAt: null }, select: { kind: true } },
      equipment: { select: { disposition: true, destination: true } },
    },
  });
  return {
    total,
    pages,
    /** 统计截至 a past day: the moment the list stands at (rows show their state then); null for today. */
    asOf: past ? at : null,
    rows: rows.map(({ evidence, equipment, ...c }) => {
      const asOf = then?.get(c.id);
      return {
        ...c,
        status: asOf?.status ?? c.status,
        overdue: asOf ? asOf.overdue : isOverdue(c, now),
        missing: missingItems({ ...c, evidenceKinds: evidence.map((e) => e.kind), equipment }),
      };
    }),
  };
}
