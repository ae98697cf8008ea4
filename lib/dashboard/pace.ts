// The campaign's pace on the dashboard: completion, the share of the campaign year elapsed, "slow"
// units, the forecast at the current pace, and the district row — always computed from the unit rows.
// How a case stood at a past moment (统计截至) is lib/dashboard/history.ts.
import { CATEGORIES, type QuotaCell, sumQuota } from "@/lib/campaigns/annex";
import { STATUS_GROUPS } from "@/lib/cases/figure-filter";
import { beijingDay, beijingDayNumber, beijingStartOf, dayNumber } from "@/lib/dates";
import { formatPercent } from "@/lib/format";
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";

export const CASE_STATUSES: readonly CaseStatus[] = ["REGISTERED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED"];

export type StatusCounts = Record<CaseStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return { REGISTERED: 0, IN_PROGRESS: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
}

export type CampaignDates = { startDate: Date; deadline: Date };

export type CampaignPhase = "NOT_STARTED" | "RUNNING" | "ENDED";

/**
 * Where a campaign stands on the Beijing day of `at`: before its start day, from the start through
 * the deadline day (running), or after the deadline day (ended: final figures, no time progress and
 * no "slow" units).
 */
export function campaignPhase(campaign: CampaignDates, at: Date): CampaignPhase {
  const day = beijingDayNumber(at);
  if (day < dayNumber(campaign.startDate)) return "NOT_STARTED";
  if (day > dayNumber(campaign.deadline)) return "ENDED";
  return "RUNNING";
}

/**
 * Share of the campaign already elapsed on `today`, in percent: whole days completed since the start
 * day over the days from the start through the deadline day, clamped to [0, 100].
 */
export function elapsedPercent(campaign: CampaignDates, today: Date): number {
  const start = dayNumber(campaign.startDate);
  const total = dayNumber(campaign.deadline) + 1 - start;
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, ((beijingDayNumber(today) - start) / total) * 100));
}

/** Accepted over target in percent; null where the unit has no quota ("/"); a zero quota is complete. */
export function completionPercent(accepted: number, target: QuotaCell): number | null {
  if (target === null) return null;
  if (target === 0) return 100;
  return (accepted / target) * 100;
}

// Percentages come from divisions; compare them with a tolerance so "exactly at the threshold" is exact.
const EPSILON = 1e-9;

/** "Slow" (进展较慢): completion % below the elapsed % minus the campaign's threshold. Never for "/". */
export function isLagging(completion: number | null, elapsed: number, thresholdPoints: number): boolean {
  return completion !== null && completion < elapsed - thresholdPoints - EPSILON;
}

/** Why a category is flagged, e.g. “完成 1/3，时间进度 75%”. */
export function lagReason(accepted: number, target: number, elapsed: number): string {
  return `完成 ${accepted}/${target}，序时进度 ${formatPercent(elapsed)}`;
}

export type Forecast = {
  /** Accepted cases expected by the deadline at the pace so far; null before any time has elapsed. */
  projected: number | null;
  /** How many the projection falls short of the target; 0 when on course, null without a quota or pace. */
  shortfall: number | null;
};

/** Straight-line projection of the accepted count to the deadline (whole enterprises, rounded down). */
export function forecastAtDeadline(accepted: number, target: QuotaCell, elapsed: number): Forecast {
  if (elapsed <= 0) return { projected: null, shortfall: null };
  const projected = Math.floor((accepted * 100) / elapsed + EPSILON);
  return { projected, shortfall: target === null ? null : Math.max(0, target - projected) };
}

export type CategoryFigures = {
  target: QuotaCell;
  /** Every case registered in the category, whatever its status. */
  registered: number;
  /** Registered, in progress or returned: with the unit, not yet awaiting review (STATUS_GROUPS.WITH_UNIT). */
  inProgress: number;
  /** Submitted and awaiting review. */
  submitted: number;
  accepted: number;
  /** Target minus cases registered (never negative); null for "/". */
  notStarted: number | null;
  completion: number | null;
  lagging: boolean;
  /** Target reached (accepted ≥ target); null for "/". What an ended campaign shows instead of "slow". */
  complete: boolean | null;
  forecast: Forecast;
};

/** `ended`: the campaign is over, so nothing is "slow" any more — only complete or not. */
export function categoryFigures(
  target: QuotaCell,
  counts: StatusCounts,
  elapsed: number,
  thresholdPoints: number,
  ended = false,
): CategoryFigures {
  const registered = CASE_STATUSES.reduce((n, s) => n + counts[s], 0);
  const completion = completionPercent(counts.ACCEPTED, target);
  return {
    target,
    registered,
    inProgress: STATUS_GROUPS.WITH_UNIT.reduce((n, s) => n + counts[s], 0),
    submitted: counts.SUBMITTED,
    accepted: counts.ACCEPTED,
    notStarted: target === null ? null : Math.max(0, target - registered),
    completion,
    lagging: !ended && isLagging(completion, elapsed, thresholdPoints),
    complete: target === null ? null : counts.ACCEPTED >= target,
    forecast: forecastAtDeadline(counts.ACCEPTED, target, elapsed),
  };
}

export type UnitInput = { unitId: number; name: string; quotas: Record<Category, QuotaCell> };

export type UnitRow = UnitInput & {
  figures: Record<Category, CategoryFigures>;
  /** Visible reason for the highlight, one clause per slow category; null when on pace (and once ended). */
  lagReason: string | null;
  /** Ended campaigns: the categories whose target was not reached, e.g. “淘汰落后产能未完成（完成 1/3）”; else null. */
  shortfallReason: string | null;
};

export type RollUp = {
  rows: UnitRow[];
  district: Record<Category, CategoryFigures>;
  statusTotals: Record<Category, StatusCounts>;
};

/**
 * Per-unit figures and the district row. `counts` holds each unit's case counts by category and
 * status (missing = none). The district row is summed from the unit rows, never read from storage.
 */
export function rollUp(
  units: UnitInput[],
  counts: (unitId: number, category: Category) => StatusCounts | undefined,
  elapsed: number,
  thresholdPoints: number,
  ended = false,
): RollUp {
  const statusTotals = { ELIMINATION: emptyStatusCounts(), RECTIFICATION: emptyStatusCounts() };
  const rows = units.map((u): UnitRow => {
    const figures = {} as Record<Category, CategoryFigures>;
    const reasons: string[] = [];
    const shortfalls: string[] = [];
    for (const c of CATEGORIES) {
      const unitCounts = counts(u.unitId, c) ?? emptyStatusCounts();
      for (const s of CASE_STATUSES) statusTotals[c][s] += unitCounts[s];
      const f = (figures[c] = categoryFigures(u.quotas[c], unitCounts, elapsed, thresholdPoints, ended));
      if (f.lagging) reasons.push(`${CATEGORY_SHORT[c]}${lagReason(f.accepted, f.target!, elapsed)}`);
      if (ended && f.complete === false)
        shortfalls.push(`${CATEGORY_SHORT[c]}未完成（完成 ${f.accepted}/${f.target}）`);
    }
    return {
      ...u,
      figures,
      lagReason: reasons.length ? reasons.join("；") : null,
      shortfallReason: shortfalls.length ? shortfalls.join("；") : null,
    };
  });
  const district = {} as Record<Category, CategoryFigures>;
  for (const c of CATEGORIES) {
    district[c] = categoryFigures(
      sumQuota(rows.map((r) => r.quotas[c])),
      statusTotals[c],
      elapsed,
      thresholdPoints,
      ended,
    );
  }
  return { rows, district, statusTotals };
}

const CATEGORY_SHORT: Record<Category, string> = { ELIMINATION: "淘汰落后产能", RECTIFICATION: "整治提升" };

export type SeriesPoint = { month: string; label: string; accepted: number | null; plan: number | null };

/**
 * Cumulative accepted cases at the end of each campaign month against the straight-line plan from 0
 * at the start to the target at the deadline. `acceptedByMonth` is keyed "YYYY-MM" (Beijing time);
 * months after `today` carry no actual figure. Acceptances outside the campaign months count in the
 * first or last month.
 */
export function cumulativeSeries(
  acceptedByMonth: Map<string, number>,
  target: QuotaCell,
  campaign: CampaignDates,
  today: Date,
): SeriesPoint[] {
  const months = campaignMonths(campaign);
  const todayMonth = monthKey(beijingDay(today));
  const firstKey = months[0].key;
  const lastKey = months[months.length - 1].key;
  const bucket = new Map<string, number>();
  for (const [key, n] of acceptedByMonth) {
    const k = key < firstKey ? firstKey : key > lastKey ? lastKey : key;
    bucket.set(k, (bucket.get(k) ?? 0) + n);
  }
  let running = 0;
  return months.map(({ key, label, end }) => {
    running += bucket.get(key) ?? 0;
    const plan = target === null ? null : Math.round(target * elapsedPercent(campaign, end)) / 100;
    return { month: key, label, accepted: key <= todayMonth ? running : null, plan };
  });
}

function monthKey(utcDate: Date): string {
  return `${utcDate.getUTCFullYear()}-${String(utcDate.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The campaign's calendar months, each with the moment its last day ends (Beijing midnight after it). */
function campaignMonths(campaign: CampaignDates): { key: string; label: string; end: Date }[] {
  const months = [];
  const last = monthKey(campaign.deadline);
  let y = campaign.startDate.getUTCFullYear();
  let m = campaign.startDate.getUTCMonth();
  for (;;) {
    const key = monthKey(new Date(Date.UTC(y, m, 1)));
    const next = beijingStartOf(new Date(Date.UTC(y, m + 1, 1)));
    const spansYears = campaign.startDate.getUTCFullYear() !== campaign.deadline.getUTCFullYear();
    months.push({ key, label: spansYears ? `${y}年${m + 1}月` : `${m + 1}月`, end: next });
    if (key >= last) return months;
    m += 1;
    if (m === 12) [y, m] = [y + 1, 0];
  }
}
