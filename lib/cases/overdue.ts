// 逾期: a case whose rectification deadline has passed (Beijing day) without being submitted or accepted.
// The deadline is that of the latest 限期整改 measure when one was ordered, otherwise the case's own 期限.
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import type { CaseStatus, MeasureKind } from "@/lib/generated/prisma/enums";

/** States in which a case still has its rectification to do. */
export const OPEN_STATUSES: readonly CaseStatus[] = ["REGISTERED", "IN_PROGRESS", "RETURNED"];

export type OverdueInput = { status: CaseStatus; deadline: Date | null; measureDeadline: Date | null };

/** The latest 限期整改 (by the day it was ordered, then by when it was recorded) sets the deadline; null if none. */
export function latestRectificationDeadline(
  measures: readonly { kind: MeasureKind; date: Date; deadline: Date | null; createdAt: Date }[],
): Date | null {
  let latest: (typeof measures)[number] | null = null;
  for (const m of measures) {
    if (m.kind !== "RECTIFY_BY_DEADLINE" || !m.deadline) continue;
    if (
      !latest ||
      dayNumber(m.date) > dayNumber(latest.date) ||
      (dayNumber(m.date) === dayNumber(latest.date) && m.createdAt > latest.createdAt)
    )
      latest = m;
  }
  return latest?.deadline ?? null;
}

/** The deadline the case is judged by. */
export function rectificationDeadline(c: Pick<OverdueInput, "deadline" | "measureDeadline">): Date | null {
  return c.measureDeadline ?? c.deadline;
}

/** Overdue: still open and the deadline day is over in Beijing (the deadline day itself is not late). */
export function isOverdue(c: OverdueInput, now: Date): boolean {
  const deadline = rectificationDeadline(c);
  return deadline !== null && OPEN_STATUSES.includes(c.status) && dayNumber(deadline) < beijingDayNumber(now);
}

/** Whole days past the deadline (0 when not overdue). */
export function overdueDays(c: OverdueInput, now: Date): number {
  return isOverdue(c, now) ? beijingDayNumber(now) - dayNumber(rectificationDeadline(c)!) : 0;
}
