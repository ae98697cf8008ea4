import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { parseYearCookie, YEAR_COOKIE } from "@/lib/campaigns/year-cookie";
import { cachedFigures } from "@/server/cache";
import { prisma, type Tx } from "@/server/db";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The year the user chose in the header's switcher (a cookie), or null: none, malformed, or no request (scripts, tests). */
async function selectedYear(): Promise<number | null> {
  let raw: string | undefined;
  try {
    raw = (await cookies()).get(YEAR_COOKIE)?.value;
  } catch {
    return null; // outside a request: the current campaign
  }
  return parseYearCookie(raw);
}

/** Who asks: the user's district decides whose campaigns (a city account has none — see districtOf). */
type DistrictUser = Pick<SessionUser, "districtId">;

/**
 * The campaign every page, export and registration works in — the single entry point, always within the
 * user's district (docs/domain.md §市级): the year the user selected in the header (validated against the
 * district's years), else the campaign the district's office made current (Campaign.isCurrent), else (a
 * database from before years existed) the district's latest year.
 */
export function getCurrentCampaign(user: DistrictUser, db: Tx = prisma) {
  const districtId = districtOf(user);
  return db === prisma ? currentCampaignOfRender(districtId) : readCurrentCampaign(db, districtId);
}

// Once per page render (the layout, the page and its parts all ask); inside a transaction always read anew.
const currentCampaignOfRender = cache((districtId: number) => readCurrentCampaign(prisma, districtId));

async function readCurrentCampaign(db: Tx, districtId: number) {
  const year = await selectedYear();
  const selected =
    year === null ? null : await db.campaign.findUnique({ where: { districtId_year: { districtId, year } } });
  const campaign =
    selected ??
    (await db.campaign.findFirst({ where: { districtId, isCurrent: true } })) ??
    (await db.campaign.findFirst({ where: { districtId }, orderBy: { year: "desc" } }));
  if (!campaign) throw new Error("尚未导入年度工作方案（请运行种子数据）");
  return campaign;
}

/**
 * Every year of the user's district for the header's switcher (every page's frame), newest first, with
 * which is current and which closed. Cached (server/cache.ts): years change only through actions, which expire it.
 */
const campaignYearsOf = cachedFigures("campaign-years", async (districtId: number) =>
  (
    await prisma.campaign.findMany({
      where: { districtId },
      orderBy: { year: "desc" },
      select: { id: true, year: true, isCurrent: true, closedAt: true },
    })
  ).map(({ closedAt, ...y }) => ({ ...y, closed: closedAt !== null })),
);

export function listCampaignYears(user: DistrictUser) {
  return campaignYearsOf(districtOf(user));
}
