import "server-only";

import { CATEGORIES } from "@/lib/campaigns/annex";
import { beijingDay } from "@/lib/dates";
import { briefingAsOf, type BriefingData, briefingMonths } from "@/lib/documents/briefing";
import { issuerOf } from "@/lib/documents/office";
import type { Campaign } from "@/lib/generated/prisma/client";
import type { Category, TipOutcome } from "@/lib/generated/prisma/enums";
import { freezeFigures } from "@/lib/supervision/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

/**
 * Everything the monthly 工作进展简报 of `monthKey` states, as of the month's end (now, for the running month): the
 * district figures, annex and slow units as the dashboard computes them for that day (getDashboard's 统计截至), the
 * month's acceptances, task lines, tips, inspections, 通报 and 约谈. Null for a month outside the campaign (or not
 * begun) or for a user who may not see the district figures. `db`: inside the transaction that publishes it.
 */
export async function getBriefing(
  user: SessionUser,
  campaign: Campaign,
  monthKey: string,
  now: Date,
  db: Tx = prisma,
): Promise<BriefingData | null> {
  const month = briefingMonths(campaign, now).find((m) => m.key === monthKey);
  if (!month) return null;
  const asOf = briefingAsOf(month, now);
  const d = await getDashboard(user, campaign, asOf, undefined, db);
  if (!d || d.unit) return null;
  const inMonth = { gte: month.start, lt: month.end };
  // The campaign's district's tips only (docs/domain.md §市级).
  const district = { districtId: campaign.districtId };
  const daysInMonth = { gte: month.firstDay, lte: month.lastDay };

  const [
    received,
    verified,
    closed,
    outcomes,
    verifyingAtEnd,
    rounds,
    findingsRecorded,
    findingsClosed,
    openAtEnd,
    notices,
  ] = await Promise.all([
    db.tip.count({ where: { ...district, createdAt: inMonth } }),
    db.tip.count({ where: { ...district, verifiedAt: inMonth } }),
    db.tip.count({ where: { ...district, closedAt: inMonth } }),
    db.tip.groupBy({ by: ["outcome"], where: { ...district, verifiedAt: inMonth }, _count: { _all: true } }),
    // Assigned by the month's end and not yet verified then.
    db.tip.count({
      where: {
        ...district,
        assignedAt: { lt: month.end },
        OR: [{ verifiedAt: null }, { verifiedAt: { gte: month.end } }],
      },
    }),
    db.inspectionRound.findMany({
      where: { campaignId: campaign.id, startDate: { lte: month.lastDay }, endDate: { gte: month.firstDay } },
      orderBy: { startDate: "asc" },
      select: {
        title: true,
        startDate: true,
        endDate: true,
        _count: { select: { units: true } },
        departments: { select: { department: { select: { name: true } } } },
      },
    }),
    db.inspectionFinding.count({ where: { round: { campaignId: campaign.id }, recordedAt: inMonth } }),
    db.inspectionFinding.count({ where: { round: { campaignId: campaign.id }, closedAt: inMonth } }),
    db.inspectionFinding.count({
      where: {
        round: { campaignId: campaign.id },
        recordedAt: { lt: month.end },
        OR: [{ closedAt: null }, { closedAt: { gte: month.end } }],
      },
    }),
    db.supervisionNotice.findMany({
      where: { campaignId: campaign.id, date: daysInMonth },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        kind: true,
        title: true,
        referenceNo: true,
        date: true,
        units: { orderBy: { unit: { displayOrder: "asc" } }, select: { unit: { select: { name: true } } } },
      },
    }),
  ]);

  // The month's acceptances: the step of the dashboard's cumulative series at this month.
  const acceptedInMonth = Object.fromEntries(
    CATEGORIES.map((c) => {
      const series = d.cumulative[c];
      const i = series.findIndex((p) => p.month === month.key);
      const running = i < 0 ? 0 : (series[i].accepted ?? 0);
      const before = i <= 0 ? 0 : (series[i - 1].accepted ?? 0);
      return [c, running - before];
    }),
  ) as Record<Category, number>;
  const slowIds = d.rows.filter((r) => r.lagReason || r.shortfallReason).map((r) => r.unitId);

  return {
    issuer: issuerOf(user.district),
    year: campaign.year,
    campaignTitle: campaign.title,
    month,
    asOfDay: beijingDay(asOf),
    phase: d.phase,
    elapsed: d.elapsed,
    district: d.district,
    acceptedInMonth,
    rows: d.rows,
    slow: freezeFigures(d.rows, slowIds, d.elapsed, asOf).units,
    taskLines: d.taskLines,
    tips: {
      received,
      verified,
      closed,
      verifyingAtEnd,
      outcomes: Object.fromEntries(
        outcomes.filter((o) => o.outcome !== null).map((o) => [o.outcome, o._count._all]),
      ) as Partial<Record<TipOutcome, number>>,
    },
    inspections: {
      rounds: rounds.map((r) => ({
        title: r.title,
        startDate: r.startDate,
        endDate: r.endDate,
        units: r._count.units,
        departments: r.departments.map((x) => x.department.name),
      })),
      findingsRecorded,
      findingsClosed,
      openAtEnd,
    },
    notices: notices.map((n) => ({
      kind: n.kind,
      title: n.title,
      referenceNo: n.referenceNo,
      date: n.date,
      units: n.units.map((u) => u.unit.name),
    })),
  };
}

/** The briefings published for a campaign (frozen files), latest month first. */
export function listPublishedBriefings(campaignId: number) {
  return prisma.publishedBriefing.findMany({ where: { campaignId }, orderBy: { month: "desc" } });
}

/** The published briefing of a month, or null (not yet published). */
export function getPublishedBriefing(campaignId: number, month: string) {
  return prisma.publishedBriefing.findUnique({ where: { campaignId_month: { campaignId, month } } });
}
