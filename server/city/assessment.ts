import "server-only";

import { isCityRole } from "@/lib/areas";
import type { DistrictFacts } from "@/lib/assessment/rules";
import { type Adjustment, rankedCount, type ScoreRow, scoreSheet, type Subject } from "@/lib/assessment/score";
import { districtFacts, type TargetsOf } from "@/lib/city/assessment";
import { asOfMoment } from "@/lib/dashboard/history";
import { beijingDayNumber } from "@/lib/dates";
import { scoresDistricts } from "@/lib/rights";
import { getCityRollUp } from "@/server/city/city-rollup";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

// 市级评价考核 (docs/domain.md §市级): the city's scheme of a year, each district's draft score computed from its
// row of the city roll-up as of a day (server/city/city-rollup.ts, the districts' own roll-up rule) with the
// districts' scoring machinery (lib/assessment scoreSheet on DISTRICT_RULES), and the frozen publication.

export type FrozenCityScheme = { id: number; rule: string; label: string; maxPoints: number; params: unknown }[];

export function cityOf(db: Tx = prisma) {
  return db.city.findFirstOrThrow({ select: { id: true } });
}

export function citySchemeOf(db: Tx, cityId: number, year: number) {
  return db.cityAssessmentIndicator.findMany({ where: { cityId, year }, orderBy: { displayOrder: "asc" } });
}

/** The adjustments (and manual scores) of the year's scheme, with the versions the forms are built on. */
export function cityAdjustmentsOf(db: Tx, cityId: number, year: number) {
  return db.cityAssessmentAdjustment.findMany({ where: { indicator: { cityId, year } } });
}

/**
 * Every district's draft score of `year` at the moment `at`, ranked. `caller` must be a city account (the city
 * roll-up reads every district). The districts' codes and 示例数据 flags beside, for the links and labels.
 */
export async function computeCityScores(db: Tx, caller: SessionUser, cityId: number, year: number, at: Date) {
  const [indicators, adjustments, roll, targets, circulars] = await Promise.all([
    citySchemeOf(db, cityId, year),
    cityAdjustmentsOf(db, cityId, year),
    getCityRollUp(caller, year, at, db),
    db.districtTarget.findMany({ where: { year }, select: { districtId: true, category: true, target: true } }),
    db.cityCircularDistrict.groupBy({
      by: ["districtId"],
      where: { circular: { cityId, year, createdAt: { lte: at } } },
      _count: true,
    }),
  ]);
  const subjects: Subject<DistrictFacts>[] = roll.rows.map((r) => {
    const own: TargetsOf = Object.fromEntries(
      targets.filter((t) => t.districtId === r.district.id).map((t) => [t.category, t.target]),
    );
    const n = circulars.find((c) => c.districtId === r.district.id)?._count ?? 0;
    return { id: r.district.id, name: r.district.name, facts: districtFacts(r, own, n) };
  });
  const adjusted: Adjustment[] = adjustments.map((a) => ({
    indicatorId: a.indicatorId,
    subjectId: a.districtId,
    points: a.points,
    reason: a.reason,
  }));
  // A district's campaign deadline plays no part in the district rules; the year's end stands for it.
  const ctx = { asOf: at, campaignDeadline: new Date(Date.UTC(year, 11, 31)) };
  const rows = scoreSheet("DISTRICT", indicators, subjects, adjusted, ctx);
  const districts = new Map(roll.rows.map((r) => [r.district.id, r.district]));
  return { indicators, adjustments, rows, districts };
}

const frozenRow = (s: {
  districtId: number;
  name: string;
  total: number | null;
  rank: number | null;
  breakdown: unknown;
}): ScoreRow => ({
  subjectId: s.districtId,
  name: s.name,
  total: s.total,
  rank: s.rank,
  breakdown: s.breakdown as ScoreRow["breakdown"],
});

/**
 * The city's 评价考核 of `year` for the city pages: the draft as of a 统计截至 day (null: now), the publication
 * if any (frozen), and whether the caller may still change it. Only for a city account.
 */
export async function getCityAssessment(user: SessionUser, year: number, day: Date | null, now = new Date()) {
  if (!isCityRole(user.role)) throw new Error("市级评价考核只供市级账号");
  const city = await cityOf();
  const at = asOfMoment(day, now);
  const [draft, publication] = await Promise.all([
    computeCityScores(prisma, user, city.id, year, at),
    prisma.cityAssessmentPublication.findUnique({
      where: { cityId_year: { cityId: city.id, year } },
      include: {
        scores: { orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { districtId: "asc" }] },
      },
    }),
  ]);
  return {
    year,
    at,
    past: beijingDayNumber(at) < beijingDayNumber(now),
    ...draft,
    ranked: rankedCount(draft.rows),
    publication: publication && {
      asOf: publication.asOf,
      publishedAt: publication.publishedAt,
      scheme: publication.scheme as FrozenCityScheme,
      rows: publication.scores.map(frozenRow),
      samples: new Set(publication.scores.filter((s) => s.isSample).map((s) => s.districtId)),
      ranked: publication.scores.filter((s) => s.rank !== null).length,
    },
    editable: scoresDistricts(user) && publication === null,
  };
}

export type CityAssessment = Awaited<ReturnType<typeof getCityAssessment>>;

/**
 * A district's own published scores in the city's 评价考核, newest year first: its own frozen row only (the
 * query names its district — another district's row never leaves the database), with how many were ranked.
 */
export async function getOwnCityScores(user: Pick<SessionUser, "districtId">) {
  if (user.districtId === null) return [];
  const scores = await prisma.cityAssessmentScore.findMany({
    where: { districtId: user.districtId },
    include: { publication: { select: { year: true, asOf: true, publishedAt: true, scheme: true, id: true } } },
    orderBy: { publication: { year: "desc" } },
  });
  const ranked = await prisma.cityAssessmentScore.groupBy({
    by: ["publicationId"],
    where: { publicationId: { in: scores.map((s) => s.publicationId) }, rank: { not: null } },
    _count: true,
  });
  return scores.map((s) => ({
    year: s.publication.year,
    asOf: s.publication.asOf,
    publishedAt: s.publication.publishedAt,
    scheme: s.publication.scheme as FrozenCityScheme,
    isSample: s.isSample,
    ranked: ranked.find((r) => r.publicationId === s.publicationId)?._count ?? 0,
    row: frozenRow(s),
  }));
}
