// The one rule for "the cases a figure counts": the dashboard's and the unit page's figures count with
// it, and the case list (/cases) filters with it, so a figure and the list its link opens cannot
// disagree — today (the stored status) and as of a past day (统计截至: the state then, reconstructed
// from the stored timestamps by lib/dashboard/history.ts statusAt).
import { isOverdue, latestRectificationDeadline } from "@/lib/cases/overdue";
import { type CaseHistory, statusAt } from "@/lib/dashboard/history";
import type { CaseStatus, MeasureKind, ReturnVisitResult } from "@/lib/generated/prisma/enums";

/**
 * Status groups a figure counts as one: 整治中 on the dashboard is every case still with the unit
 * (登记, 整治中 and 退回 — not yet submitted for review).
 */
export const STATUS_GROUPS = {
  WITH_UNIT: ["REGISTERED", "IN_PROGRESS", "RETURNED"],
} as const satisfies Record<string, readonly CaseStatus[]>;

export type StatusGroup = keyof typeof STATUS_GROUPS;

/** The list's 状态 filter: one status or a group. */
export type StatusChoice = CaseStatus | StatusGroup;

export const STATUS_GROUP_NAMES = Object.keys(STATUS_GROUPS) as StatusGroup[];

/** The statuses a choice stands for. */
export function statusesOf(choice: StatusChoice): readonly CaseStatus[] {
  return choice in STATUS_GROUPS ? STATUS_GROUPS[choice as StatusGroup] : [choice as CaseStatus];
}

/** What the figures filter on besides the case's own fields (unit, category, industry): its state. */
export type CaseStateFilter = {
  status?: StatusChoice;
  /** 逾期 (lib/cases/overdue.ts). */
  overdue?: boolean;
  /** 回访发现死灰复燃 and not accepted again. */
  relapsed?: boolean;
};

/** A case with what its state at a moment is reconstructed from. */
export type CaseRecord = CaseHistory & {
  deadline: Date | null;
  measures: readonly { kind: MeasureKind; date: Date; deadline: Date | null; createdAt: Date }[];
  returnVisits: readonly { result: ReturnVisitResult | null; recordedAt: Date | null }[];
};

export type CaseState = { status: CaseStatus; acceptedAt: Date | null; overdue: boolean; relapsed: boolean };

/**
 * The state of a case at the moment `at` (null when it was registered later): its status then
 * (statusAt), overdue then (the latest 限期整改 recorded by then, else the case's own deadline, before
 * the Beijing day of `at` while still open), and relapsed then (a 回访 recorded by then found it
 * producing again, and it was not accepted again by then).
 */
export function caseStateAt(c: CaseRecord, at: Date): CaseState | null {
  const then = statusAt(c, at);
  if (!then) return null;
  const t = at.getTime();
  const measureDeadline = latestRectificationDeadline(c.measures.filter((m) => m.createdAt.getTime() <= t));
  return {
    status: then.status,
    acceptedAt: then.acceptedAt,
    overdue: isOverdue({ status: then.status, deadline: c.deadline, measureDeadline }, at),
    relapsed:
      then.status !== "ACCEPTED" &&
      c.returnVisits.some((v) => v.result === "RESUMED" && v.recordedAt !== null && v.recordedAt.getTime() <= t),
  };
}

/** Whether a case in `state` is counted by a figure (or listed by the list) filtered by `f`. */
export function matchesState(state: CaseState, f: CaseStateFilter): boolean {
  if (f.status && !statusesOf(f.status).includes(state.status)) return false;
  if (f.overdue && !state.overdue) return false;
  if (f.relapsed && !state.relapsed) return false;
  return true;
}

/** How many of the states a figure filtered by `f` counts. */
export function countMatching(states: readonly (CaseState | null)[], f: CaseStateFilter): number {
  return states.reduce((n, s) => (s && matchesState(s, f) ? n + 1 : n), 0);
}
