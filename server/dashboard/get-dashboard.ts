import "server-only";
import { CATEGORIES, type QuotaCell } from "@/lib/annex";
import {
  cumulativeSeries, elapsedPercent, emptyStatusCounts, rollUp,
  type SeriesPoint, type StatusCounts,
} from "@/lib/dashboard";
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
 * The dashboard for the district, or for one unit (`unitId`, or always the own unit for a township
 * officer); null when the user may not see those figures. `today` is the reference date for the
 * elapsed share, the slow-unit rule and the forecast. `db` lets an action read the figures inside its
 * transaction (a 通报 freezes them).
 */
export async function getDashboard(user: SessionUser, campaign: Campaign, today: Date, unitId?: number, db: Tx = prisma) {
  const scope = caseFiguresScope(user, unitId);
  if (!scope) return null;
  const district = scope.unitId === undefined;
  const [units, aggregate, taskLines] = await Promise.all([
    db.unit.findMany({
      where: { AND: [unitScope(user), district ? {} : { id: scope.unitId }] },
      orderBy: { displayOrder: "asc" },
      select: { id: true, name: true, quotas: { where: { campaignId: campaign.id }, select: { category: true, target: true } } },
    }),
    db.$queryRaw<AggregateRow[]>(caseAggregateSql(campaign.id, scope.unitId)),
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
  const unitInputs = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    quotas: Object.fromEntries(
      CATEGORIES.map((c) => [c, u.quotas.find((q) => q.category === c)?.target ?? null]),
    ) as Record<Category, QuotaCell>,
  }));
  const roll = rollUp(unitInputs, (id, c) => counts.get(`${id}:${c}`), elapsed, campaign.lagThresholdPoints);
  const cumulative = Object.fromEntries(
    CATEGORIES.map((c) => [c, cumulativeSeries(acceptedByMonth[c], roll.district[c].target, campaign, today)]),
  ) as Record<Category, SeriesPoint[]>;

  return {
    campaign,
    today,
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
      progress: { select: { value: true, date: true, createdAt: true, itemId: true, unitId: true, status: true } },
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
