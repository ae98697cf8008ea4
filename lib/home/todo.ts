// 待办 (what to do today): the landing page lists what waits on the user, most urgent first, each with
// one action. The loaders (server/home) gather the records in the user's scope and ask the existing rules
// (lib/cases/requirements.ts missingItems, lib/cases/overdue.ts, lib/inspections/rules.ts …) what is
// missing or late; this file turns them into to-do items and orders them. Pure, so the order is tested
// with a fixed clock.
import { addDays, beijingDay, beijingDayNumber, DAY_MS, dayNumber } from "@/lib/dates";

/** What a to-do is about; the order here breaks ties of equal urgency (the order of the township's list). */
export const TODO_KINDS = [
  // township
  "CASE_RETURNED",
  "CASE_MISSING",
  "CASE_OVERDUE",
  "CASE_READY",
  "FINDING",
  "NOTICE",
  "TIP_VERIFY",
  "CONTRIBUTION_RETURNED",
  "CONTRIBUTION_MONTH",
  "RETURN_VISIT",
  // department and office
  "REVIEW",
  "CONTRIBUTION_CONFIRM",
  "FINDING_ANSWERED",
  "FINDING_OVERDUE",
  "TIP_ASSIGN",
  "TIP_CLOSE",
  "REFERRAL_ANSWERED",
  "INTERVIEW_FOLLOW_UP",
  "CITY_CIRCULAR",
  "CASES_OVERDUE",
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type TodoItem = {
  /** Unique in the list (kind and record id). */
  key: string;
  kind: TodoKind;
  /** The record: an enterprise, a finding's problem, a notice's title … */
  title: string;
  /** What is to be done or why, one line each (the reviewer's reason, the missing items …). */
  details: string[];
  /** The one action: where it is done, and its label. */
  href: string;
  action: string;
  /** The calendar day (UTC midnight) it is due, if it has one. */
  due: Date | null;
  /** Since when it waits (FIFO among equals); null when unknown. */
  since: Date | null;
  /** Sent back to the user by whoever checks it (a returned case or contribution, a finding sent back). */
  sentBack: boolean;
  /** For a summary item standing for several records (e.g. 逾期案件 12 件). */
  count?: number;
};

/** How urgent an item is, most urgent first. */
export const URGENCIES = ["OVERDUE", "SENT_BACK", "DUE_SOON", "WAITING"] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * A township's home (its unit's page) shows this many of its most urgent items, the whole list being one tap away on
 * 待办: an officer acts on the top of the list, and a home that listed every open case would be scrolled, not read.
 */
export const HOME_TODO_LIMIT = 10;

/** Days ahead (counting today) within which a due item is 即将到期. */
export const DUE_SOON_DAYS = 7;

/** Overdue (its day has passed in Beijing), else sent back, else due within DUE_SOON_DAYS, else waiting. */
export function urgencyOf(item: Pick<TodoItem, "due" | "sentBack">, now: Date): Urgency {
  const today = beijingDayNumber(now);
  if (item.due && dayNumber(item.due) < today) return "OVERDUE";
  if (item.sentBack) return "SENT_BACK";
  if (item.due && dayNumber(item.due) - today < DUE_SOON_DAYS) return "DUE_SOON";
  return "WAITING";
}

const time = (d: Date | null) => (d ? d.getTime() : Number.POSITIVE_INFINITY);

/**
 * The list in order: by urgency; then, for overdue and due items, the earliest day first; then by kind
 * (TODO_KINDS); then the longest waiting first; then by key, so the order never depends on the query's.
 */
export function orderTodos<T extends TodoItem>(items: readonly T[], now: Date): T[] {
  const rank = new Map<TodoItem, number>(items.map((i) => [i, URGENCIES.indexOf(urgencyOf(i, now))]));
  return [...items].sort(
    (a, b) =>
      rank.get(a)! - rank.get(b)! ||
      time(a.due) - time(b.due) ||
      TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind) ||
      time(a.since) - time(b.since) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The due line of a card: 逾期 3 天, 今天到期, 3 天后到期, or the day itself further ahead. */
export function dueText(due: Date | null, now: Date): string | null {
  if (!due) return null;
  const ahead = dayNumber(due) - beijingDayNumber(now);
  if (ahead < 0) return `已逾期 ${-ahead} 天`;
  if (ahead === 0) return "今天到期";
  if (ahead < DUE_SOON_DAYS) return `${ahead} 天后到期`;
  const d = new Date(dayNumber(due) * DAY_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日前`;
}

/**
 * What an empty list says, plainly, in the words of whose list it is: a township's 本单位, a department by
 * its name, else the office (区工强办).
 */
export function emptyTodoText(owner: { township: boolean; department: string | null }): string {
  if (owner.township) return "本单位暂无待办";
  return `${owner.department ?? "区工强办"}暂无待办`;
}

// ——— the township's cases ———

export type CaseTodoInput = {
  id: string;
  enterprise: string;
  status: "REGISTERED" | "IN_PROGRESS" | "RETURNED" | "SUBMITTED" | "ACCEPTED";
  /** What the checklist still misses (lib/cases/requirements.ts missingItems), in its order. */
  missing: readonly string[];
  /** The latest reviewer's reason, for a returned case. */
  returnReason: string | null;
  returnedAt: Date | null;
  /** The 整改期限 the case is judged by (lib/cases/overdue.ts rectificationDeadline). */
  deadline: Date | null;
  /** Whether it is past that deadline (lib/cases/overdue.ts isOverdue). */
  overdue: boolean;
  createdAt: Date;
};

/** A 举报 assigned to a unit or department and not yet verified. */
export function tipTodo(t: {
  id: string;
  enterpriseName: string;
  address: string;
  deadline: Date | null;
  assignedAt: Date | null;
}): TodoItem {
  return {
    key: `tip:${t.id}`,
    kind: "TIP_VERIFY",
    title: t.enterpriseName,
    details: [`举报地址：${t.address}`],
    href: `/tips/${t.id}`,
    action: "去核查",
    due: t.deadline,
    since: t.assignedAt,
    sentBack: false,
  };
}

/**
 * One card per open case that needs the unit: returned (with the reviewer's reason), past its 整改期限,
 * missing evidence or items (which), or complete and waiting to be 上报. What is missing is always listed.
 * Submitted and accepted cases wait on others: none.
 */
export function caseTodo(c: CaseTodoInput): TodoItem | null {
  if (c.status === "SUBMITTED" || c.status === "ACCEPTED") return null;
  const missing = c.missing.length ? [`缺少：${c.missing.join("、")}`] : [];
  const base = { key: `case:${c.id}`, title: c.enterprise, href: `/cases/${c.id}`, due: c.deadline };
  if (c.status === "RETURNED")
    return {
      ...base,
      kind: "CASE_RETURNED",
      details: [`退回原因：${c.returnReason?.trim() || "（未填写）"}`, ...missing],
      action: "去整改",
      since: c.returnedAt,
      sentBack: true,
    };
  if (c.overdue)
    return {
      ...base,
      kind: "CASE_OVERDUE",
      details: ["已超过整改期限，尚未上报", ...missing],
      action: c.missing.length ? "补充材料" : "去上报",
      since: c.createdAt,
      sentBack: false,
    };
  if (c.missing.length)
    return { ...base, kind: "CASE_MISSING", details: missing, action: "补充材料", since: c.createdAt, sentBack: false };
  return {
    ...base,
    kind: "CASE_READY",
    details: ["材料已齐全，可以上报验收"],
    action: "去上报",
    since: c.createdAt,
    sentBack: false,
  };
}

// ——— the township's monthly task-line contributions ———

/** The last calendar day of the Beijing month `now` falls in. */
export function endOfMonth(now: Date): Date {
  const today = beijingDay(now);
  const next = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1);
  return addDays(new Date(next), -1);
}

/** Whether a calendar day is in the Beijing month of `now`. */
export function inMonthOf(day: Date, now: Date): boolean {
  const today = beijingDay(now);
  return day.getUTCFullYear() === today.getUTCFullYear() && day.getUTCMonth() === today.getUTCMonth();
}

/**
 * A line on which the unit has a share still to reach owes its progress for this month: due at the
 * month's end, until the unit has entered a contribution dated this month (any status — an entry waiting
 * for confirmation counts as entered). None once the confirmed amount reaches the share, or once the
 * campaign is over (its deadline passed or it was closed).
 */
export function owesMonthlyEntry(
  line: { share: number; confirmed: number; entryDays: readonly Date[] },
  campaign: { startDate: Date; deadline: Date; closed: boolean },
  now: Date,
): boolean {
  const today = beijingDayNumber(now);
  if (campaign.closed || today > dayNumber(campaign.deadline) || today < dayNumber(campaign.startDate)) return false;
  if (line.share <= 0 || line.confirmed >= line.share) return false;
  return !line.entryDays.some((d) => inMonthOf(d, now));
}
