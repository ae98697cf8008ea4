// Progress and pace of a department task line — pure, so the page, the overview and the Excel export
// all read the same figures. Amounts are summed in hundredths to stay exact (亩 have two decimals).
import { elapsedPercent, isLagging } from "@/lib/dashboard/pace";
import { beijingDay } from "@/lib/dates";
import type { ContributionStatus, MeasureUnit } from "@/lib/generated/prisma/enums";
import { countsTypedEntries, type RecordEntry } from "@/lib/tasks/line-source";

type Amount = { toString(): string } | number | string;

/** A line counts towards a number (T1…), ticks off items (T4), or only counts what was handled (T5…). */
export type LineKind = "TARGET" | "ITEMS" | "COUNT";

export type PaceStatus = "DONE" | "ON_PACE" | "BEHIND" | "OVERDUE" | "NO_TARGET";

export type ProgressLine = { target: Amount | null; itemIds: number[] };
/**
 * One entry of a line: the lead department's own (unitId null) or a unit's contribution, which counts
 * only once the department (or the office) has confirmed it.
 */
export type ProgressEntry = {
  value: Amount;
  date: Date;
  createdAt: Date;
  itemId: number | null;
  unitId?: number | null;
  status?: ContributionStatus | null;
};

/** The roll-up rule: the department's own entries and confirmed unit contributions count; pending and returned ones do not. */
export function countsTowardsLine(e: Pick<ProgressEntry, "unitId" | "status">): boolean {
  return e.unitId == null || e.status === "CONFIRMED";
}
export type PaceWindow = { start: Date; deadline: Date; asOf: Date; lagPoints: number };

export type LineProgress = {
  kind: LineKind;
  /** Sum of the entries (TARGET, COUNT) or items done (ITEMS). */
  achieved: number;
  /** Target, or the number of items; null for COUNT lines. */
  goal: number | null;
  /** Whole per cent, rounded down so an unfinished line never shows 100%; null without a goal. */
  percent: number | null;
  /** Share of the time to the deadline that has passed at asOf, in whole per cent (0–100). */
  expectedPercent: number;
  status: PaceStatus;
  lastEntryDate: Date | null;
};

const cents = (v: Amount) => Math.round(Number(v.toString()) * 100);

export function lineKind(line: ProgressLine): LineKind {
  if (line.target !== null) return "TARGET";
  return line.itemIds.length > 0 ? "ITEMS" : "COUNT";
}

/** Share of the time from the start to the deadline that has passed — the dashboard's rule, as a fraction. */
export function elapsedShare(start: Date, deadline: Date, asOf: Date): number {
  return elapsedPercent({ startDate: start, deadline }, asOf) / 100;
}

/** Progress to date (entries dated up to asOf) and whether the line keeps pace with the elapsed time. */
export function computeLineProgress(line: ProgressLine, entries: ProgressEntry[], w: PaceWindow): LineProgress {
  const asOfDay = beijingDay(w.asOf).getTime();
  const counted = entries.filter((e) => countsTowardsLine(e) && e.date.getTime() <= asOfDay);
  const kind = lineKind(line);
  const expectedShare = elapsedShare(w.start, w.deadline, w.asOf);
  const expectedPercent = Math.floor(expectedShare * 100);
  const lastEntryDate = counted.reduce<Date | null>((m, e) => (m && m >= e.date ? m : e.date), null);

  let achievedCents: number;
  let goalCents: number | null;
  if (kind === "ITEMS") {
    // An item's state is its latest entry: 1 = done, 0 = reopened.
    const latest = new Map<number, ProgressEntry>();
    for (const e of counted) {
      if (e.itemId === null || !line.itemIds.includes(e.itemId)) continue;
      const prev = latest.get(e.itemId);
      if (!prev || e.date > prev.date || (+e.date === +prev.date && e.createdAt > prev.createdAt))
        latest.set(e.itemId, e);
    }
    achievedCents = [...latest.values()].filter((e) => cents(e.value) > 0).length * 100;
    goalCents = line.itemIds.length * 100;
  } else {
    achievedCents = counted.reduce((s, e) => s + cents(e.value), 0);
    goalCents = kind === "TARGET" ? cents(line.target!) : null;
  }

  const achieved = achievedCents / 100;
  if (goalCents === null) {
    return { kind, achieved, goal: null, percent: null, expectedPercent, status: "NO_TARGET", lastEntryDate };
  }
  const ratio = goalCents === 0 ? 1 : achievedCents / goalCents;
  const percent = Math.floor(ratio * 100 + 1e-9);
  let status: PaceStatus;
  if (ratio >= 1) status = "DONE";
  else if (asOfDay > w.deadline.getTime()) status = "OVERDUE";
  else if (ratio * 100 < expectedShare * 100 - w.lagPoints) status = "BEHIND";
  else status = "ON_PACE";
  return { kind, achieved, goal: goalCents / 100, percent, expectedPercent, status, lastEntryDate };
}

/** Flagged on the office overview. */
export const needsAttention = (s: PaceStatus) => s === "BEHIND" || s === "OVERDUE";

export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

const MAX_VALUE = 1_000_000_000; // Decimal(12, 2)

/** Validates an amount typed for a line, by its unit of measure. */
export function checkProgressValue(measure: MeasureUnit, raw: string): ValueCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "请填写本次完成数量" };
  if (/^-/.test(text)) return { ok: false, message: "完成数量不能为负数" };
  if (measure === "MU") {
    if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, message: "面积应为数字（亩），最多保留两位小数" };
  } else if (!/^\d+$/.test(text)) {
    const what = { ENTERPRISE: "企业数", ITEM: "事项数", CASE: "件数", INSPECTION: "次数" }[measure];
    return { ok: false, message: `${what}应为整数` };
  }
  if (Number(text) >= MAX_VALUE) return { ok: false, message: "数量过大，请核对" };
  return { ok: true, value: String(Number(text)) };
}

/** How an amount reads in its unit: "5家", "12.5亩". */
export function formatAmount(value: number, unitLabel: string): string {
  return `${Number(value.toFixed(2))}${unitLabel}`;
}

type LineRow = {
  code: string;
  target: Amount | null;
  deadline: Date | null;
  items: { id: number }[];
  progress: ProgressEntry[];
  /** steel (T10 钢铁行业监管巡查): T10's inspections, when loaded — each counts as one confirmed 次 of its unit. */
  steelInspections?: { inspectedOn: Date; createdAt: Date; unitId: number }[];
  /** A computed line's records (lib/tasks/line-source.ts recordEntries), when loaded. */
  records?: RecordEntry[];
};

/**
 * T10's progress entries: one per inspection (1 次), dated on the visit, counted for the enterprise's unit
 * as confirmed — the line rolls them up like any other (below) without anyone typing them again.
 */
export type SteelEntry = ProgressEntry & { unitId: number; status: "CONFIRMED" };

export function steelProgressEntries(rows: { inspectedOn: Date; createdAt: Date; unitId: number }[]): SteelEntry[] {
  return rows.map((r) => ({
    value: 1,
    date: r.inspectedOn,
    createdAt: r.createdAt,
    itemId: null,
    unitId: r.unitId,
    status: "CONFIRMED",
  }));
}

/**
 * Everything that counts on a line: its typed entries and (T10) the steel inspections recorded; on a line
 * computed from records (lib/tasks/line-source.ts) only those records — typed entries there are history.
 */
export function lineEntries<E>(line: {
  code: string;
  progress: E[];
  steelInspections?: LineRow["steelInspections"];
  records?: RecordEntry[];
}): (E | SteelEntry | RecordEntry)[] {
  if (!countsTypedEntries(line.code)) return line.records ?? [];
  return line.steelInspections?.length
    ? [...line.progress, ...steelProgressEntries(line.steelInspections)]
    : line.progress;
}
type CampaignRow = { startDate: Date; deadline: Date; lagThresholdPoints: number };

/** The pace window of a line: its own deadline when set, else the campaign's. */
export function lineWindow(line: { deadline: Date | null }, campaign: CampaignRow, asOf: Date): PaceWindow {
  return {
    start: campaign.startDate,
    deadline: line.deadline ?? campaign.deadline,
    asOf,
    lagPoints: campaign.lagThresholdPoints,
  };
}

/** Progress of a line as loaded from the database. */
export function progressOfLine(line: LineRow, campaign: CampaignRow, asOf: Date): LineProgress {
  return computeLineProgress(
    { target: line.target, itemIds: line.items.map((i) => i.id) },
    lineEntries(line),
    lineWindow(line, campaign, asOf),
  );
}

export type DateCheck = { ok: true; date: Date } | { ok: false; message: string };

/** An entry's date (a calendar day, Beijing): not before the campaign starts, not in the future. */
export function checkEntryDate(date: Date, campaignStart: Date, now: Date): DateCheck {
  if (date < campaignStart) return { ok: false, message: "日期不能早于本年度工作开始日期" };
  if (date > beijingDay(now)) return { ok: false, message: "日期不能晚于今天" };
  return { ok: true, date };
}

/** What one entry recorded, in words: "5家（甲公司、乙公司）", "完成：完成燃气锅炉低氮改造". */
export function describeEntry(
  e: {
    value: { toString(): string };
    itemId: number | null;
    item: { title: string } | null;
    enterprises: { enterprise: { name: string } }[];
  },
  unit: string,
): string {
  if (e.itemId !== null) return `${Number(e.value.toString()) > 0 ? "完成" : "改为未完成"}：${e.item?.title ?? ""}`;
  const names = e.enterprises.map((x) => x.enterprise.name);
  return formatAmount(Number(e.value.toString()), unit) + (names.length ? `（${names.join("、")}）` : "");
}

// ——— Unit shares and contributions (every unit carries out every line; the department leads) ———

export type UnitContribution = { unitId: number | null; status: ContributionStatus | null; value: Amount; date: Date };

export type UnitRow = {
  unitId: number;
  /** The unit's share of the target; null when none is set (or the line has no number). */
  share: number | null;
  /** Confirmed contributions (what counts towards the line). */
  confirmed: number;
  /** Awaiting the department's confirmation: the amount and the number of entries. */
  pending: number;
  pendingEntries: number;
  /** Returned for correction (not counted). */
  returnedEntries: number;
  /** Confirmed over share, whole per cent rounded down; null without a share. */
  percent: number | null;
  /** Slow like a unit of the annex: confirmed % below the elapsed % minus the campaign's threshold. */
  lagging: boolean;
  /** “完成 1/3，时间进度 75%” when lagging. */
  lagReason: string | null;
};

/**
 * The line unit by unit: each unit's share, its confirmed and pending contributions, and whether it is
 * slow — by the dashboard's rule (lib/dashboard/pace.ts elapsedPercent / isLagging), on confirmed entries
 * dated up to asOf. A unit without a share is never flagged.
 */
export function unitBreakdown(
  unitIds: number[],
  shares: { unitId: number; target: Amount }[],
  entries: UnitContribution[],
  w: PaceWindow,
): UnitRow[] {
  const asOfDay = beijingDay(w.asOf).getTime();
  const elapsed = elapsedPercent({ startDate: w.start, deadline: w.deadline }, w.asOf);
  const shareOf = new Map(shares.map((s) => [s.unitId, cents(s.target)]));
  return unitIds.map((unitId) => {
    const own = entries.filter((e) => e.unitId === unitId);
    const confirmedCents = own
      .filter((e) => e.status === "CONFIRMED" && e.date.getTime() <= asOfDay)
      .reduce((s, e) => s + cents(e.value), 0);
    const pendingRows = own.filter((e) => e.status === "PENDING");
    const shareCents = shareOf.get(unitId) ?? null;
    const ratio = shareCents === null ? null : shareCents === 0 ? 1 : confirmedCents / shareCents;
    const percent = ratio === null ? null : Math.floor(ratio * 100 + 1e-9);
    const lagging = ratio !== null && isLagging(ratio * 100, elapsed, w.lagPoints);
    const share = shareCents === null ? null : shareCents / 100;
    return {
      unitId,
      share,
      confirmed: confirmedCents / 100,
      pending: pendingRows.reduce((s, e) => s + cents(e.value), 0) / 100,
      pendingEntries: pendingRows.length,
      returnedEntries: own.filter((e) => e.status === "RETURNED").length,
      percent,
      lagging,
      lagReason: lagging ? `完成 ${confirmedCents / 100}/${share}，序时进度 ${Math.round(elapsed)}%` : null,
    };
  });
}

export type SharesCheck = { sum: number; warning: string | null };

/**
 * The units' shares against the line's target: the sum, and a warning (never a refusal — the department
 * may split the target step by step) when it falls short of the target, or exceeds a fixed one.
 */
export function checkShares(target: Amount | null, atLeast: boolean, shares: Amount[], unitLabel: string): SharesCheck {
  const sumCents = shares.reduce<number>((s, v) => s + cents(v), 0);
  const sum = sumCents / 100;
  if (target === null || shares.length === 0) return { sum, warning: null };
  const goal = cents(target);
  if (sumCents < goal)
    return {
      sum,
      warning: `各单位分解数合计${formatAmount(sum, unitLabel)}，少于任务目标${formatAmount(goal / 100, unitLabel)}，尚有${formatAmount((goal - sumCents) / 100, unitLabel)}未分解`,
    };
  if (sumCents > goal && !atLeast)
    return {
      sum,
      warning: `各单位分解数合计${formatAmount(sum, unitLabel)}，多于任务目标${formatAmount(goal / 100, unitLabel)}`,
    };
  return { sum, warning: null };
}
