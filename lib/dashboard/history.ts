// 统计截至: how a case stood at a past moment, read from the timestamps already stored, and the
// as-of day of the dashboard, the exports and the documents. The campaign's pace is lib/dashboard/pace.ts.
import { addDays, beijingDayNumber, beijingStartOf, dayNumber } from "@/lib/dates";
import { calendarDate } from "@/lib/fields";
import type { CaseStatus, ReviewDecision } from "@/lib/generated/prisma/enums";

export type CaseHistory = {
  /** The status now. */
  status: CaseStatus;
  createdAt: Date;
  /** The latest submission (a resubmission overwrites it). */
  submittedAt: Date | null;
  /** The current acceptance (cleared by a reopening). */
  acceptedAt: Date | null;
  /** Every review decision (验收通过, 退回, 重新打开) with its time. */
  reviews: readonly { decision: ReviewDecision; createdAt: Date }[];
};

export type CaseStateAt = { status: CaseStatus; acceptedAt: Date | null };

const AFTER_REVIEW: Record<ReviewDecision, CaseStatus> = {
  ACCEPT: "ACCEPTED",
  RETURN: "RETURNED",
  REOPEN: "IN_PROGRESS",
};

/**
 * The status a case had at `at`; null when it was registered later. The last review decision up to
 * `at` sets the state (验收 → 已验收, 退回 → 退回, 重新打开 → 整治中); a submission after that decision
 * and by `at` makes it 已上报. Only the latest submission time is stored: an earlier submission that
 * was later decided is counted from its decision on (before that it reads as still with the unit).
 * Before any decision a case reads 登记 if it is still registered now, else 整治中 (when the work
 * started is not stored). Rows without review records (imported, or accepted before reviews were
 * kept) count from their own acceptedAt / submittedAt, or their registration.
 */
export function statusAt(c: CaseHistory, at: Date): CaseStateAt | null {
  const t = at.getTime();
  if (c.createdAt.getTime() > t) return null;
  const reviews = [...c.reviews];
  if (c.acceptedAt && !reviews.some((r) => r.decision === "ACCEPT"))
    reviews.push({ decision: "ACCEPT", createdAt: c.acceptedAt });
  if (c.status === "ACCEPTED" && !c.acceptedAt && reviews.length === 0)
    reviews.push({ decision: "ACCEPT", createdAt: c.createdAt });
  const submittedAt = c.submittedAt ?? (c.status === "SUBMITTED" ? c.createdAt : null);
  let last: { decision: ReviewDecision; createdAt: Date } | null = null;
  for (const r of reviews) {
    if (r.createdAt.getTime() <= t && (!last || r.createdAt.getTime() >= last.createdAt.getTime())) last = r;
  }
  if (submittedAt && submittedAt.getTime() <= t && (!last || submittedAt.getTime() > last.createdAt.getTime())) {
    return { status: "SUBMITTED", acceptedAt: null };
  }
  if (last)
    return { status: AFTER_REVIEW[last.decision], acceptedAt: last.decision === "ACCEPT" ? last.createdAt : null };
  return { status: c.status === "REGISTERED" ? "REGISTERED" : "IN_PROGRESS", acceptedAt: null };
}

/** The moment a 统计截至 day ends in Beijing (the next day's midnight): figures "as of" a day include all of it. */
export function endOfBeijingDay(day: Date): Date {
  return beijingStartOf(addDays(day, 1));
}

/**
 * The moment the figures are read at for a 统计截至 day: the last instant of that Beijing day when it
 * is before today, else now (today, a future day or none: the live figures). The default is today,
 * also for an ended campaign — its final figures include cases accepted after the deadline; pick the
 * deadline day to see where the campaign stood when it closed.
 */
export function asOfMoment(day: Date | null, now: Date): Date {
  if (!day || dayNumber(day) >= beijingDayNumber(now)) return now;
  return new Date(endOfBeijingDay(day).getTime() - 1);
}

/** The ?asOf= query value: a calendar day, or none (today). A malformed value reads as today, with the reason. */
export function parseAsOf(value: string | string[] | null | undefined): { day: Date | null; error: string | null } {
  if (value === undefined || value === null || value === "") return { day: null, error: null };
  const parsed = calendarDate("统计截至日期").safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success
    ? { day: parsed.data, error: null }
    : { day: null, error: "统计截至日期无效（应为 YYYY-MM-DD），已显示今天的数据" };
}
