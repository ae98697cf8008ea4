import "server-only";

import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { statusAt } from "@/lib/dashboard/history";
import {
  campaignPhase,
  cumulativeSeries,
  elapsedPercent,
  emptyStatusCounts,
  rollUp,
  type SeriesPoint,
  type StatusCounts,
} from "@/lib/dashboard/pace";
import { beijingDay, beijingDayNumber } from "@/lib/dates";
import { type Campaign, Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, Category, Industry } from "@/lib/generated/prisma/enums";
import { isSteelLine, summariseSteel } from "@/lib/steel/rules";
import { progressOfLine } from "@/lib/tasks/progress";
import { cachedFigures } from "@/server/cache";
import { prisma, type Tx } from "@/server/db";
import { caseFiguresScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { steelSummarySelect } from "@/server/steel/summary-select";
import { loadLineRecords, withRecords } from "@/server/tasks/line-records";

type AggregateRow = {
  set: number;
  unitId: number | null;
  category: Category;
  status: CaseStatus | null;
  industry: Industry | null;
  month: string | null;
  n: number;
};

/**
 * Every case figure of the dashboard in one scan: counts by unit × category × status, by category ×
 * industry, and acceptances by category × month (Beijing time). `set` tells the grouping sets apart
 * (GROUPING bitmask over unitId, industry).
 */
export function caseAggregateSql(campaignId: number, unitId?: number): Prisma.Sql {
  return Prisma.sql`
    SELECT GROUPING("unitId", industry)::int AS "set", "unitId", category, status, industry, month, count(*)::int AS n
    FROM (
      SELECT c."unitId", c.category::text AS category, c.status::text AS status, e.industry::text AS industry,
             CASE WHEN c.status = 'ACCEPTED'
                  THEN to_char((c."acceptedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') END AS month
      FROM "Case" c JOIN "Enterprise" e ON e.id = c."enterpriseId"
      WHERE c."campaignId" = ${campaignId} ${unitId === undefined ? Prisma.empty : Prisma.sql`AND c."unitId" = ${unitId}`}
    ) x
    GROUP BY GROUPING SETS (("unitId", category, status), (category, industry), (category, month))`;
}

// GROUPING(unitId, industry): 0b01 = industry rolled up (unit rows), 0b10 = unit rolled up (industry rows).
export const UNIT_ROWS = 1;
const INDUSTRY_ROWS = 2;

/**
 * The same rows as caseAggregateSql for the figures as they stood at the moment `asOf` (统计截至 a past
 * day): only cases registered by then, with review records up to then (SQL filters on the stored
 * timestamps), each case's status then reconstructed by the pure rule lib/dashboard statusAt.
 */
export async function aggregateAsOf(db: Tx, campaignId: number, asOf: Date, unitId?: number): Promise<AggregateRow[]> {
  const cases = await db.case.findMany({
    where: { campaignId, createdAt: { lte: asOf }, ...(unitId === undefined ? {} : { unitId }) },
    select: {
      unitId: true,
      category: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      acceptedAt: true,
      enterprise: { select: { industry: true } },
      reviews: { where: { createdAt: { lte: asOf } }, select: { decision: true, createdAt: true } },
    },
  });
  const rows = new Map<string, AggregateRow>();
  const add = (
    set: number,
    unitId: number | null,
    category: Category,
    status: CaseStatus | null,
    industry: Industry | null,
    month: string | null,
  ) => {
    const key = `${set}|${unitId}|${category}|${status}|${industry}|${month}`;
    const row = rows.get(key) ?? { set, unitId, category, status, industry, month, n: 0 };
    row.n += 1;
    rows.set(key, row);
  };
  for (const c of cases) {
    const then = statusAt(c, asOf);
    if (!then) continue;
    add(UNIT_ROWS, c.unitId, c.category, then.status, null, null);
    add(INDUSTRY_ROWS, null, c.category, null, c.enterprise.industry, null);
    if (then.acceptedAt) add(3, null, c.category, null, null, beijingDay(then.acceptedAt).toISOString().slice(0, 7));
  }
  return [...rows.values()];
}

/**
 * The dashboard for the district, or for one unit (`unitId`, or always the own unit for a township
 * officer); null when the user may not see those figures. `today` is the 统计截至 moment: the
 * reference date for the elapsed share, the campaign's phase (an ended campaign shows 完成/未完成, no
 * slow units), the slow-unit rule and the forecast. On a day before today the figures are those as
 * they stood at that moment (reconstructed from the stored timestamps); today's are read live.
 * `db` lets an action read the figures inside its transaction (a 通报 freezes them).
 */
export async function getDashboard(
  user: SessionUser,
  campaign: Campaign,
  today: Date,
  unitId?: number,
  db: Tx = prisma,
) {
  const scope = caseFiguresScope(user, unitId);
  if (!scope) return null;
  const district = scope.unitId === undefined;
  const past = beijingDayNumber(today) < beijingDayNumber(new Date());
  // The scope is decided above; the rows are read for exactly that scope (cached unless inside a transaction).
  const rows =
    db === prisma
      ? await cachedDashboardRows(campaign.id, scope.unitId ?? null)
      : await dashboardRows(db, campaign.id, scope.unitId ?? null);
  const { units } = rows;
  const aggregate = past ? await aggregateAsOf(db, campaign.id, today, scope.unitId) : rows.aggregate;
  const taskLines = district ? taskLineSummary(rows.lines, campaign, today) : [];
  if (!district && units.length === 0) return null;

  const byIndustry = new Map<Industry, Record<Category, number>>();
  const acceptedByMonth: Record<Category, Map<string, number>> = { ELIMINATION: new Map(), RECTIFICATION: new Map() };
  // The unit rows go to rollUpUnits below; the industry and month rows are the charts'.
  for (const r of aggregate) {
    if (r.set === INDUSTRY_ROWS) {
      const c = byIndustry.get(r.industry!) ?? { ELIMINATION: 0, RECTIFICATION: 0 };
      c[r.category] = r.n;
      byIndustry.set(r.industry!, c);
    } else if (r.set !== UNIT_ROWS && r.month) {
      acceptedByMonth[r.category].set(r.month, r.n);
    }
  }

  const { elapsed, phase, ...roll } = rollUpUnits(
    units,
    aggregate.filter((r) => r.set === UNIT_ROWS),
    campaign,
    today,
  );
  const cumulative = Object.fromEntries(
    CATEGORIES.map((c) => [c, cumulativeSeries(acceptedByMonth[c], roll.district[c].target, campaign, today)]),
  ) as Record<Category, SeriesPoint[]>;

  return {
    campaign,
    today,
    /** 统计截至 a day before today: the figures are reconstructed as they stood then. */
    past,
    phase,
    elapsed,
    unit: district ? null : { id: units[0].id, name: units[0].name },
    ...roll,
    byIndustry,
    cumulative,
    taskLines,
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

/** A unit with its quotas of the campaign, as the figures read it. */
export type UnitQuotas = { id: number; name: string; quotas: { category: Category; target: number | null }[] };
/** One unit row of the case aggregate: how many of the unit's cases of a category stand in a status. */
export type UnitStatusCount = { unitId: number | null; category: Category; status: CaseStatus | null; n: number };

/**
 * The units' rows rolled up into the district row (lib/dashboard rollUp), with the campaign's elapsed share and
 * phase at `today`: what 全区总览 shows, and what the city roll-up reads for each district (docs/domain.md §市级).
 */
export function rollUpUnits(units: UnitQuotas[], unitCounts: UnitStatusCount[], campaign: Campaign, today: Date) {
  const counts = new Map<string, StatusCounts>();
  for (const r of unitCounts) {
    const key = `${r.unitId}:${r.category}`;
    const c = counts.get(key) ?? emptyStatusCounts();
    c[r.status!] = r.n;
    counts.set(key, c);
  }
  const elapsed = elapsedPercent(campaign, today);
  const phase = campaignPhase(campaign, today);
  const unitInputs = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    quotas: Object.fromEntries(
      CATEGORIES.map((c) => [c, u.quotas.find((q) => q.category === c)?.target ?? null]),
    ) as Record<Category, QuotaCell>,
  }));
  const roll = rollUp(
    unitInputs,
    (id, c) => counts.get(`${id}:${c}`),
    elapsed,
    campaign.lagThresholdPoints,
    phase === "ENDED",
  );
  return { elapsed, phase, ...roll };
}

/**
 * The database rows behind the figures of the district (`unitId` null) or one unit, as plain JSON so
 * they can be cached (server/cache.ts): units with their quotas, the case aggregate, and (district
 * only) every task line with its entries, in three queries whatever the number of cases or entries.
 */
async function dashboardRows(db: Tx, campaignId: number, unitId: number | null) {
  const [units, aggregate, lines] = await Promise.all([
    db.unit.findMany({
      // The campaign's district's units only (docs/domain.md §市级): a campaign belongs to one district.
      where: {
        district: { campaigns: { some: { id: campaignId } } },
        ...(unitId === null ? {} : { id: unitId }),
      },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true, quotas: { where: { campaignId }, select: { category: true, target: true } } },
    }),
    db.$queryRaw<AggregateRow[]>(caseAggregateSql(campaignId, unitId ?? undefined)),
    unitId !== null
      ? Promise.resolve([])
      : db.taskLine.findMany({
          where: { campaignId },
          orderBy: { displayOrder: "asc" },
          select: {
            id: true,
            code: true,
            title: true,
            measure: true,
            target: true,
            atLeast: true,
            deadline: true,
            dimension: true,
            leads: { select: { department: { select: { id: true, name: true } } } },
            items: { select: { id: true } },
            progress: {
              select: { value: true, date: true, createdAt: true, itemId: true, unitId: true, status: true },
            },
            // steel: T10 counts its inspections; the red lines found show beside it.
            steelInspections: {
              select: steelSummarySelect,
            },
          },
        }),
  ]);
  // Lines computed from records count them, as on /tasks (lib/tasks/line-source.ts).
  const counted = unitId === null ? withRecords(lines, await loadLineRecords(db, campaignId)) : [];
  return JSON.parse(JSON.stringify({ units, aggregate, lines: counted })) as {
    units: typeof units;
    aggregate: typeof aggregate;
    lines: Jsonified<(typeof counted)[number]>[];
  };
}

/** What JSON makes of a row: dates become ISO strings, decimals strings. */
type Jsonified<T> = {
  [K in keyof T]: T[K] extends Date
    ? string
    : T[K] extends Date | null
      ? string | null
      : T[K] extends Prisma.Decimal
        ? string
        : T[K] extends Prisma.Decimal | null
          ? string | null
          : T[K] extends (infer E)[]
            ? Jsonified<E>[]
            : T[K] extends object | null
              ? Jsonified<NonNullable<T[K]>> | Extract<T[K], null>
              : T[K];
};

const cachedDashboardRows = cachedFigures("dashboard-rows", (campaignId: number, unitId: number | null) =>
  dashboardRows(prisma, campaignId, unitId),
);

/** Every task line with its progress to date (the task-line rules). */
function taskLineSummary(lines: Awaited<ReturnType<typeof dashboardRows>>["lines"], campaign: Campaign, today: Date) {
  return lines.map((raw) => {
    const line = {
      ...raw,
      deadline: raw.deadline === null ? null : new Date(raw.deadline),
      progress: raw.progress.map((e) => ({ ...e, date: new Date(e.date), createdAt: new Date(e.createdAt) })),
      records: raw.records.map((e) => ({
        ...e,
        itemId: null,
        date: new Date(e.date),
        createdAt: new Date(e.createdAt),
      })),
      steelInspections: raw.steelInspections.map((i) => ({
        ...i,
        inspectedOn: new Date(i.inspectedOn),
        createdAt: new Date(i.createdAt),
        followUpDue: i.followUpDue === null ? null : new Date(i.followUpDue),
        followUpDoneOn: i.followUpDoneOn === null ? null : new Date(i.followUpDoneOn),
      })),
    };
    const p = progressOfLine(line, campaign, today);
    return {
      id: line.id,
      code: line.code,
      title: line.title,
      measure: line.measure,
      atLeast: line.atLeast,
      target: line.target === null ? null : Number(line.target),
      items: line.items,
      leads: line.leads.map((l) => l.department.name),
      progress: p.achieved,
      outOf: p.goal,
      percent: p.percent,
      lastUpdate: p.lastEntryDate,
      /** steel: T10's red-line findings, inspections and open follow-ups; null on other lines. */
      steel: isSteelLine(line) ? summariseSteel(line.steelInspections, today) : null,
    };
  });
}
