// The one rule for "the findings a figure counts" (监督检查 on the dashboard and a unit's page) and the
// finding list (/inspections) its link opens — today, and as of a past 统计截至 day, when each finding's
// state then is read from its stored times.
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { isFindingOverdue } from "@/lib/inspections/rules";

/** The list's 状态 choices: 待整改, 已答复, 已销号, 未销号 (待整改 or 已答复) and 全部. */
export type FindingFilter = "open" | "answered" | "unresolved" | "closed" | "all";

export const FINDING_FILTER_STATUSES: Record<FindingFilter, readonly FindingStatus[] | null> = {
  open: ["OPEN"],
  answered: ["ANSWERED"],
  unresolved: ["OPEN", "ANSWERED"],
  closed: ["CLOSED"],
  all: null,
};

export type FindingRecord = {
  status: FindingStatus;
  recordedAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
  dueDate: Date;
};

/**
 * A finding's status at the moment `at`; null when it was recorded later. 已销号 from its closing on;
 * 已答复 from the (latest) answer on while it is answered or closed now; else 待整改. Only the latest
 * answer is stored: a finding sent back (待整改 now) reads 待整改 throughout, and an earlier answer that
 * was sent back and answered again counts from the latest answer.
 */
export function findingStatusAt(f: FindingRecord, at: Date): FindingStatus | null {
  const t = at.getTime();
  if (f.recordedAt.getTime() > t) return null;
  if (f.closedAt && f.closedAt.getTime() <= t) return "CLOSED";
  if (f.answeredAt && f.answeredAt.getTime() <= t && f.status !== "OPEN") return "ANSWERED";
  return "OPEN";
}

/** What a figure or the list filters findings on: the status choice and 逾期 (open past its due day). */
export type FindingStateFilter = { filter: FindingFilter; overdue?: boolean };

/** Whether a finding with `status` (now, or then) is counted by `f` on the day of `at`. */
export function matchesFinding(status: FindingStatus, dueDate: Date, f: FindingStateFilter, at: Date): boolean {
  const statuses = FINDING_FILTER_STATUSES[f.filter];
  if (statuses && !statuses.includes(status)) return false;
  if (f.overdue && !isFindingOverdue({ status, dueDate }, at)) return false;
  return true;
}
