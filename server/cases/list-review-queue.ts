import "server-only";

import { flagSummary } from "@/lib/cases/review";
import {
  compareQueue,
  daysWaiting,
  matchesFlagFilter,
  nextInQueue,
  type QueueItem,
  type ReviewQueueFilters,
} from "@/lib/cases/review-queue";
import { isCuid } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
import { flagsOfCases } from "@/server/cases/case-flags";
import { prisma } from "@/server/db";
import { caseScope, caseWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

const ROW = {
  id: true,
  category: true,
  submittedAt: true,
  updatedAt: true,
  enterprise: { select: { name: true, creditCode: true } },
  unit: { select: { name: true, displayOrder: true } },
} satisfies Prisma.CaseSelect;

type Row = Prisma.CaseGetPayload<{ select: typeof ROW }>;

/**
 * 待验收 of a reviewer in a campaign: the submitted cases they may decide (a department: its own
 * dimensions), with the days each has waited and its integrity flags, filtered and sorted as asked.
 * The flags are counted from the files, so the whole queue is read (it holds the submitted cases only)
 * and sorted here, then cut to the page.
 */
async function readQueue(user: SessionUser, campaignId: number, f: ReviewQueueFilters, now: Date) {
  const where: Prisma.CaseWhereInput = {
    AND: [
      caseWriteScope(user),
      { campaignId, status: "SUBMITTED" },
      f.category ? { category: f.category } : {},
      f.unit ? { unitId: f.unit } : {},
      f.q
        ? {
            enterprise: {
              OR: [{ name: { contains: f.q, mode: "insensitive" } }, { creditCode: { contains: f.q.toUpperCase() } }],
            },
          }
        : {},
    ],
  };
  const rows = await prisma.case.findMany({ where, select: ROW });
  const flags = await flagsOfCases(
    prisma,
    rows.map((r) => r.id),
  );
  return rows
    .map((r) => described(r, flags.get(r.id) ?? [], now))
    .filter((r) => matchesFlagFilter(r, f.flag))
    .sort(compareQueue(f.sort));
}

function described(r: Row, flags: Parameters<typeof flagSummary>[0], now: Date) {
  const submittedAt = r.submittedAt ?? r.updatedAt;
  const summary = flagSummary(flags);
  return {
    ...r,
    submittedAt,
    daysWaiting: daysWaiting(submittedAt, now),
    unitOrder: r.unit.displayOrder,
    flagTypes: summary.byType.map((t) => t.type),
    flagCount: summary.total,
    flagSummary: summary,
  } satisfies QueueItem & Record<string, unknown>;
}

export type ReviewQueueRow = ReturnType<typeof described>;

/** One page of the review queue, with its size. */
export async function listReviewQueue(user: SessionUser, campaignId: number, f: ReviewQueueFilters) {
  const queue = await readQueue(user, campaignId, f, new Date());
  const { pages, skip, take, page } = paginate(queue.length, f.page);
  return { rows: queue.slice(skip, skip + take), total: queue.length, pages, page };
}

/**
 * 下一件: the case that follows `afterId` in the reviewer's queue as filtered and sorted (the decided case
 * has left it), or null when none is left or `afterId` is no case the user may read.
 */
export async function nextReviewCase(
  user: SessionUser,
  campaignId: number,
  f: ReviewQueueFilters,
  afterId: string,
): Promise<{ nextId: string | null; after: { id: string; enterpriseName: string } | null }> {
  if (!isCuid(afterId)) return { nextId: null, after: null };
  const now = new Date();
  const current = await prisma.case.findFirst({ where: { AND: [{ id: afterId }, caseScope(user)] }, select: ROW });
  if (!current) return { nextId: null, after: null };
  const [queue, flags] = await Promise.all([readQueue(user, campaignId, f, now), flagsOfCases(prisma, [current.id])]);
  return {
    nextId: nextInQueue(queue, described(current, flags.get(current.id) ?? [], now), f.sort),
    after: { id: current.id, enterpriseName: current.enterprise.name },
  };
}
