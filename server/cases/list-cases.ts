import "server-only";
import { PAGE_SIZE, type CaseListFilters } from "@/lib/cases/list-filters";
import { isOverdue } from "@/lib/cases/overdue";
import { missingItems } from "@/lib/cases/requirements";
import { overdueWhere } from "@/server/cases/overdue-where";
import type { Prisma } from "@/lib/generated/prisma/client";
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
      f.q ? { enterprise: { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { creditCode: { contains: f.q.toUpperCase() } }] } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: {
        enterprise: { select: { name: true, creditCode: true, industry: true } },
        unit: { select: { name: true } },
        evidence: { where: { deletedAt: null }, select: { kind: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map(({ evidence, ...c }) => ({ ...c, overdue: isOverdue(c, now), missing: missingItems({ ...c, evidenceKinds: evidence.map((e) => e.kind) }) })),
  };
}
