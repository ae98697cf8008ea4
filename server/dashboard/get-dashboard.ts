import "server-only";
import { CATEGORIES, type QuotaCell } from "@/lib/annex";
import {
  campaignPhase, cumulativeSeries, elapsedPercent, emptyStatusCounts, rollUp, statusAt,
  type SeriesPoint, type StatusCounts,
} from "@/lib/dashboard";
import { beijingDay, beijingDayNumber } from "@/lib/dates";
import { Prisma, type Campaign } from "@/lib/generated/prisma/client";
import type { CaseStatus, Category, Industry } from "@/lib/generated/prisma/enums";
import { prisma, type Tx } from "@/server/db";
import { caseFiguresScope, unitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { progressOfLine } from "@/lib/task-progress";

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
const UNIT_ROWS = 1;
const INDUSTRY_ROWS = 2;

/**
 * The same rows as caseAggregateSql for the figures as they stood at the moment `asOf` (统计截至 a past
 * day): only cases registered by then, with review records up to then (SQL filters on the stored
 * timestamps), each case's status then reconstructed by the pure rule lib/dashboard statusAt.
 */
async function aggregateAsOf(db: Tx, campaignId: number, asOf: Date, unitId?: number): Promise<AggregateRow[]> {
  const cases = await db.case.findMany({
    where: { campaignId, createdAt: { lte: asOf }, ...(unitId === undefined ? {} : { unitId }) },
    select: {
      unitId: true, category: true, status: true, createdAt: true, submittedAt: true, acceptedAt: true,
      enterprise: { select: { industry: true } },
      reviews: { where: { createdAt: { lte: asOf } }, select: { decision: true, createdAt: true } },
    },
  });
  const rows = new Map<string, AggregateRow>();
  const add = (set: number, unitId: number | null, category: Category, status: CaseStatus | null, industry: Industry | null, month: string | null) => {
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
export async function getDashboard(user: SessionUser, campaign: Campaign, today: Date, unitId?: number, db: Tx = prisma) {
  const scope = caseFiguresScope(user, unitId);
  if (!scope) return null;
  const district = scope.unitId === undefined;
  const past = beijingDayNumber(today) < beijingDayNumber(new Date());
  const [units, aggregate, taskLines] = await Promise.all([
    db.unit.findMany({
      where: { AND: [unitScope(user), district ? {} : { id: scope.unitId }] },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true, quotas: { where: { campaignId: campaign.id }, select: { category: true, target: true } } },
    }),
    past ? aggregateAsOf(db, campaign.id, today, scope.unitId) : db.$queryRaw<AggregateRow[]>(caseAggregateSql(campaign.id, scope.unitId)),
    district ? getTaskLineSummary(db, campaign, today) : Promise.resolve([]),
  ]);
  if (!district && units.length === 0) return null;

  const counts = new Map<string, StatusCounts>();
  const byIndustry = new Map<Industry, Record<Category, number>>();
  const acceptedByMonth: Record<Category, Map<string, number>> = { ELIMINATION: new Map(), RECTIFICATION: new Map() };
  for (const r of aggregate) {
    if (r.set === UNIT_ROWS) {
      const key = `${r.unitId}:${r.category}`;
      const c = counts.get(key) ?? emptyStatusCounts();
      c[r.status!] = r.n;
      counts.set(key, c);
    } else if (r.set === INDUSTRY_ROWS) {
      const c = byIndustry.get(r.industry!) ?? { ELIMINATION: 0, RECTIFICATION: 0 };
      c[r.category] = r.n;
      byIndustry.set(r.industry!, c);
    } else if (r.month) {
      acceptedByMonth[r.category].set(r.month, r.n);
    }
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
  const roll = rollUp(unitInputs, (id, c) => counts.get(`${id}:${c}`), elapsed, campaign.lagThresholdPoints, phase === "ENDED");
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

/** Every task line with its progress to date (the task-line rules), in one query whatever the number of entries. */
async function getTaskLineSummary(db: Tx, campaign: Campaign, today: Date) {
  const lines = await db.taskLine.findMany({
    where: { campaignId: campaign.id },
    orderBy: { displayOrder: "asc" },
    select: {
      id: true, code: true, title: true, measure: true, target: true, atLeast: true, deadline: true,
      leads: { select: { department: { select: { name: true } } } },
      items: { select: { id: true } },
      progress: { select: { value: true, date: true, createdAt: true, itemId: true } },
    },
  });
  return lines.map((line) => {
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
    };
  });
}
