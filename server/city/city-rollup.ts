import "server-only";

import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { type CityInput, cityRollUp, type DistrictFigures } from "@/lib/city/rollup";
import type { Category } from "@/lib/generated/prisma/enums";
import { type CityDistrict, listCityDistricts, viewerOf } from "@/server/city/district-viewer";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
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
  /** The district's own dashboard as of `at` read as its leader reads it (null: no campaign that year). */
  campaignTitle: string | null;
  /** The district's campaign ended by `at` (final figures). */
  ended: boolean;
};

/**
 * 全市汇总 of `year` as of `at`: for every district, its own dashboard's district row (server/dashboard
 * getDashboard, read by the district's read-only viewer — the same roll-up of its units, the same 统计截至
 * reconstruction) beside the city's targets, and the city total (lib/city/rollup.ts). `caller` must be a
 * city account (the page's area guard); the viewers are made here from the districts themselves.
 */
export async function getCityRollUp(caller: SessionUser, year: number, at: Date) {
  const [districts, targets, campaigns] = await Promise.all([
    listCityDistricts(),
    prisma.districtTarget.findMany({ where: { year }, select: { districtId: true, category: true, target: true } }),
    prisma.campaign.findMany({ where: { year } }),
  ]);
  let past = false;
  const inputs: CityInput<CityDistrictRow>[] = [];
  for (const district of districts) {
    const campaign = campaigns.find((c) => c.districtId === district.id) ?? null;
    const own = Object.fromEntries(
      targets.filter((t) => t.districtId === district.id).map((t) => [t.category, t.target]),
    ) as Partial<Record<Category, QuotaCell>>;
    const dashboard = campaign ? await getDashboard(viewerOf(caller, district), campaign, at) : null;
    if (dashboard?.past) past = true;
    const figures = dashboard
      ? (Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            { quotaSum: dashboard.district[c].target, accepted: dashboard.district[c].accepted },
          ]),
        ) as Record<Category, DistrictFigures>)
      : null;
    inputs.push({
      district: { ...district, campaignTitle: campaign?.title ?? null, ended: dashboard?.phase === "ENDED" },
      targets: own,
      figures,
    });
  }
  return { year, at, past, ...cityRollUp(inputs) };
}

export type CityRollUpView = Awaited<ReturnType<typeof getCityRollUp>>;
