import "server-only";

import { isCityRole } from "@/lib/areas";
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { type CityInput, cityRollUp, type DistrictFigures } from "@/lib/city/rollup";
import { beijingDayNumber } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import { type CityDistrict, listCityDistricts } from "@/server/city/district-viewer";
import { aggregateAsOf, rollUpUnits, UNIT_ROWS, type UnitStatusCount } from "@/server/dashboard/get-dashboard";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

/**
 * The years the city can show: every year a district has a campaign or the city has set a target for,
 * newest first, and the default — the newest year a district has made current (else the newest year).
 */
export async function listCityYears(): Promise<{ years: number[]; current: number | null }> {
  const [campaigns, targets] = await Promise.all([
    prisma.campaign.findMany({ select: { year: true, isCurrent: true } }),
    prisma.districtTarget.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  const years = [...new Set([...campaigns.map((c) => c.year), ...targets.map((t) => t.year)])].sort((a, b) => b - a);
  const current = Math.max(...campaigns.filter((c) => c.isCurrent).map((c) => c.year));
  return { years, current: Number.isFinite(current) ? current : (years[0] ?? null) };
}

export type CityDistrictRow = CityDistrict & {
  /** The district's campaign of the year (null: none that year). */
  campaignTitle: string | null;
  /** The district's campaign ended by `at` (final figures). */
  ended: boolean;
};

/**
 * Every district of the city with its targets of `year` and its units rolled up as its own 全区总览 rolls them up at
 * `at` (server/dashboard rollUpUnits: the same rule, the same 统计截至 reconstruction; null without a campaign that
 * year) — in two reads for the whole city, not one 全区总览 per district (the city costs at most twice a district:
 * npm run bench:city); a past day's are reconstructed per district as 全区总览 does. The city roll-up and the city
 * 通报 both read it. `db`: inside the transaction of an action (a 通报 freezes them).
 */
export async function readDistrictRolls(year: number, at: Date, db: Tx = prisma) {
  const [districts, targets, campaigns] = await Promise.all([
    listCityDistricts(db),
    db.districtTarget.findMany({ where: { year }, select: { districtId: true, category: true, target: true } }),
    db.campaign.findMany({ where: { year } }),
  ]);
  const past = beijingDayNumber(at) < beijingDayNumber(new Date());
  const ids = campaigns.map((c) => c.id);
  const [units, current] = await Promise.all([
    db.unit.findMany({
      where: { districtId: { in: campaigns.map((c) => c.districtId) } },
      orderBy: { displayOrder: "asc" },
      select: {
        id: true,
        name: true,
        districtId: true,
        quotas: { where: { campaignId: { in: ids } }, select: { campaignId: true, category: true, target: true } },
      },
    }),
    past || ids.length === 0
      ? []
      : db.$queryRaw<(UnitStatusCount & { campaignId: number })[]>`
          SELECT "campaignId", "unitId", category::text AS category, status::text AS status, count(*)::int AS n
          FROM "Case" WHERE "campaignId" IN (${Prisma.join(ids)})
          GROUP BY "campaignId", "unitId", category, status`,
  ]);
  const rows = [];
  for (const district of districts) {
    const campaign = campaigns.find((c) => c.districtId === district.id) ?? null;
    const own = Object.fromEntries(
      targets.filter((t) => t.districtId === district.id).map((t) => [t.category, t.target]),
    ) as Partial<Record<Category, QuotaCell>>;
    let roll: ReturnType<typeof rollUpUnits> | null = null;
    if (campaign) {
      const counts = past
        ? (await aggregateAsOf(db, campaign.id, at)).filter((r) => r.set === UNIT_ROWS)
        : current.filter((r) => r.campaignId === campaign.id);
      const ownUnits = units
        .filter((u) => u.districtId === district.id)
        .map((u) => ({ ...u, quotas: u.quotas.filter((q) => q.campaignId === campaign.id) }));
      roll = rollUpUnits(ownUnits, counts, campaign, at);
    }
    rows.push({ district, campaign, targets: own, roll });
  }
  return { past, rows };
}

/**
 * 全市汇总 of `year` as of `at`: for every district, its units' rows rolled up as its own 全区总览 rolls them up
 * (readDistrictRolls), beside the city's targets, and the city total (lib/city/rollup.ts). `caller` must be a city
 * account (the page's area guard checks it first); `db`: an action's transaction (市级评价考核 scores from it).
 */
export async function getCityRollUp(caller: SessionUser, year: number, at: Date, db: Tx = prisma) {
  if (!isCityRole(caller.role)) throw new Error("全市汇总只供市级账号");
  const { past, rows } = await readDistrictRolls(year, at, db);
  const inputs: CityInput<CityDistrictRow>[] = rows.map(({ district, campaign, targets, roll }) => ({
    district: { ...district, campaignTitle: campaign?.title ?? null, ended: roll?.phase === "ENDED" },
    targets,
    figures: roll
      ? (Object.fromEntries(
          CATEGORIES.map((c) => [c, { quotaSum: roll.district[c].target, accepted: roll.district[c].accepted }]),
        ) as Record<Category, DistrictFigures>)
      : null,
  }));
  return { year, at, past, ...cityRollUp(inputs) };
}

export type CityRollUpView = Awaited<ReturnType<typeof getCityRollUp>>;
