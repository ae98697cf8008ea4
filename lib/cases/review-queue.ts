// 待验收 — the review queue: its filters and sort (read from the address, carried from the list to each
// case and on to the next), the days a case has waited, and which case comes next after a decision.
import { z } from "zod";

import { FLAG_TYPES, type FlagType } from "@/lib/cases/review";
import { beijingDayNumber } from "@/lib/dates";
import { intId, searchText } from "@/lib/fields";
import { Category } from "@/lib/generated/prisma/enums";

export const QUEUE_SORTS = ["waiting", "recent", "unit", "flags"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** 有提示 / 无提示, or one flag type. */
export const QUEUE_FLAG_FILTERS = ["ANY", "NONE", ...FLAG_TYPES] as const;
export type QueueFlagFilter = (typeof QUEUE_FLAG_FILTERS)[number];

export const reviewQueueFilters = z.object({
  category: z.enum(Category).optional().catch(undefined),
  unit: intId.optional().catch(undefined),
  flag: z.enum(QUEUE_FLAG_FILTERS).optional().catch(undefined),
  q: searchText(50)
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
  sort: z.enum(QUEUE_SORTS).catch("waiting").default("waiting"),
  page: intId
    .optional()
    .catch(undefined)
    .transform((n) => n ?? 1),
});

export type ReviewQueueFilters = z.output<typeof reviewQueueFilters>;

export function parseReviewQueueFilters(params: Record<string, string | string[] | undefined>): ReviewQueueFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return reviewQueueFilters.parse(flat);
}

/**
 * The queue's filters and sort as address parameters (no page, the default sort left out), carried
 * from the list to a case and from a case to the next, so 下一件 follows the list the reviewer came from.
 */
export function queueParams(f: ReviewQueueFilters): Record<string, string | number | undefined> {
  return {
    q: f.q,
    category: f.category,
    unit: f.unit,
    flag: f.flag,
    sort: f.sort === "waiting" ? undefined : f.sort,
  };
}

/** A case waiting this many days or more is marked in the queue. */
export const LONG_WAIT_DAYS = 7;

/** Whole calendar days (Beijing) since the case was submitted: 0 on the day itself. */
export function daysWaiting(submittedAt: Date, now: Date): number {
  return Math.max(0, beijingDayNumber(now) - beijingDayNumber(submittedAt));
}

export type QueueItem = {
  id: string;
  submittedAt: Date;
  /** The unit's place in the district's order of units (Unit.displayOrder). */
  unitOrder: number;
  flagTypes: readonly FlagType[];
  flagCount: number;
};

/** The queue's order for a sort; ties fall back to the longest waiting, then the id, so the order is total. */
export function compareQueue(sort: QueueSort): (a: QueueItem, b: QueueItem) => number {
  const waited = (a: QueueItem, b: QueueItem) =>
    a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case "waiting":
      return waited;
    case "recent":
      return (a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || waited(a, b);
    case "unit":
      return (a, b) => a.unitOrder - b.unitOrder || waited(a, b);
    case "flags":
      return (a, b) => b.flagCount - a.flagCount || waited(a, b);
  }
}

/** Whether a case passes the queue's flag filter. */
export function matchesFlagFilter(item: Pick<QueueItem, "flagTypes" | "flagCount">, flag?: QueueFlagFilter): boolean {
  if (!flag) return true;
  if (flag === "ANY") return item.flagCount > 0;
  if (flag === "NONE") return item.flagCount === 0;
  return item.flagTypes.includes(flag);
}

/**
 * 下一件: the case after `current` in the queue as sorted (`queue` is the queue now, already filtered —
 * the decided case has left it). The first case that sorts after the current one; past the end, the
 * first case still waiting (those skipped earlier); null when none is left.
 */
export function nextInQueue(queue: readonly QueueItem[], current: QueueItem, sort: QueueSort): string | null {
  const compare = compareQueue(sort);
  const others = queue.filter((q) => q.id !== current.id).sort(compare);
  return (others.find((q) => compare(q, current) > 0) ?? others[0])?.id ?? null;
}
