import "server-only";

import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import {
  type CategorySplit,
  categorySplit,
  type DistrictSplitStatus,
  districtSplitStatus,
  type TargetCell,
} from "@/lib/city/targets";
import type { Category } from "@/lib/generated/prisma/enums";
import { prisma, type Tx } from "@/server/db";
import type { SessionUser } from "@/server/session";

type Db = typeof prisma | Tx;

export type TargetGridRow = {
  id: number;
  code: string;
  name: string;
  isSample: boolean;
  /** "/" = null, 未下达 = undefined. */
  targets: Record<Category, TargetCell>;
  /** The version of each set target (the grid's save is refused when one moved on); null where none is set. */
  versions: Record<Category, number | null>;
  splits: Record<Category, CategorySplit>;
  status: DistrictSplitStatus;
};

/** Each district's unit cells of its `year` campaign per category; a district without a campaign of the year is absent. */
async function unitQuotas(db: Db, year: number, districtIds?: number[]) {
  const campaigns = await db.campaign.findMany({
    where: { year, ...(districtIds && { districtId: { in: districtIds } }) },
    select: { districtId: true, quotas: { select: { category: true, target: true } } },
  });
  return new Map(
    campaigns.map((c) => [
      c.districtId,
      Object.fromEntries(
        CATEGORIES.map((cat) => [cat, c.quotas.filter((q) => q.category === cat).map((q) => q.target)]),
      ) as Record<Category, QuotaCell[]>,
    ]),
  );
}

/**
 * 区县目标 of a year (docs/domain.md §市级), for the city's pages: every district, its targets and versions,
 * and how far its own units' quotas of that year cover them (read across districts: the city's read only).
 */
export async function getTargetGrid(year: number): Promise<TargetGridRow[]> {
  const [districts, targets, quotas] = await Promise.all([
    prisma.district.findMany({
      orderBy: { displayOrder: "asc" },
      select: { id: true, code: true, name: true, isSample: true },
    }),
    prisma.districtTarget.findMany({ where: { year } }),
    unitQuotas(prisma, year),
  ]);
  return districts.map((d) => {
    const own = targets.filter((t) => t.districtId === d.id);
    const of = (c: Category) => own.find((t) => t.category === c);
    const cells = Object.fromEntries(CATEGORIES.map((c) => [c, of(c) ? of(c)!.target : undefined])) as Record<
      Category,
      TargetCell
    >;
    const splits = Object.fromEntries(
      CATEGORIES.map((c) => [c, categorySplit(cells[c], quotas.get(d.id)?.[c] ?? null)]),
    ) as Record<Category, CategorySplit>;
    return {
      ...d,
      targets: cells,
      versions: Object.fromEntries(CATEGORIES.map((c) => [c, of(c)?.version ?? null])) as Record<
        Category,
        number | null
      >,
      splits,
      status: districtSplitStatus(splits),
    };
  });
}

/** The years the city has set targets for or a district runs a campaign of. */
export async function listTargetYears(): Promise<number[]> {
  const [targets, campaigns] = await Promise.all([
    prisma.districtTarget.findMany({ distinct: ["year"], select: { year: true } }),
    prisma.campaign.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  return [...new Set([...targets, ...campaigns].map((r) => r.year))];
}

/**
 * The district office's own quota page: the city's target of the campaign's year against its units'
 * quotas, per category (the office's own district only).
 */
export async function getDistrictTargetSplit(
  user: Pick<SessionUser, "districtId">,
  campaign: { districtId: number; year: number },
): Promise<Record<Category, CategorySplit> | null> {
  if (user.districtId === null || user.districtId !== campaign.districtId) return null;
  const [targets, quotas] = await Promise.all([
    prisma.districtTarget.findMany({ where: { districtId: campaign.districtId, year: campaign.year } }),
    unitQuotas(prisma, campaign.year, [campaign.districtId]),
  ]);
  const own = quotas.get(campaign.districtId) ?? null;
  return Object.fromEntries(
    CATEGORIES.map((c) => {
      const t = targets.find((x) => x.category === c);
      return [c, categorySplit(t ? t.target : undefined, own ? own[c] : null)];
    }),
  ) as Record<Category, CategorySplit>;
}
