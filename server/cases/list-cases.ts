import "server-only";

import type { CaseListFilters } from "@/lib/cases/list-filters";
import { isOverdue } from "@/lib/cases/overdue";
import { missingItems } from "@/lib/cases/requirements";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import { caseScope, caseWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * One page of the user's cases in a campaign, newest first, with what each still misses; `remit`: only
 * the cases the user may act on (the review queue of a department: its own dimensions).
 */
export async function listCases(user: SessionUser, campaignId: number, f: CaseListFilters, { remit = false } = {}) {
  const now = new Date();
  const where: Prisma.CaseWhereInput = {
    AND: [
      remit ? caseWriteScope(user) : caseScope(user),
      { campaignId },
      f.category ? { category: f.category } : {},
      f.status ? { status: f.status } : {},
      f.unit ? { unitId: f.unit } : {},
      f.overdue ? overdueWhere(now) : {},
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
  const total = await prisma.case.count({ where });
  const { pages, skip, take } = paginate(total, f.page);
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
    rows: rows.map(({ evidence, equipment, ...c }) => ({
      ...c,
      overdue: isOverdue(c, now),
      missing: missingItems({ ...c, evidenceKinds: evidence.map((e) => e.kind), equipment }),
    })),
  };
}
