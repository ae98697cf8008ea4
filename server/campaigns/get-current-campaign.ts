import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { parseYearCookie, YEAR_COOKIE } from "@/lib/campaigns/year-cookie";
import { cachedFigures } from "@/server/cache";
import { prisma, type Tx } from "@/server/db";

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

/**
 * The campaign every page, export and registration works in — the single entry point: the year the user
 * selected in the header (validated against the existing years), else the campaign the office made
 * current (Campaign.isCurrent), else (a database from before years existed) the latest year.
 */
export function getCurrentCampaign(db: Tx = prisma) {
  return db === prisma ? currentCampaignOfRender() : readCurrentCampaign(db);
}

// Once per page render (the layout, the page and its parts all ask); inside a transaction always read anew.
const currentCampaignOfRender = cache(() => readCurrentCampaign(prisma));

async function readCurrentCampaign(db: Tx) {
  const year = await selectedYear();
  const selected = year === null ? null : await db.campaign.findUnique({ where: { year } });
  const campaign =
    selected ??
    (await db.campaign.findFirst({ where: { isCurrent: true } })) ??
    (await db.campaign.findFirst({ orderBy: { year: "desc" } }));
  if (!campaign) throw new Error("尚未导入年度工作方案（请运行种子数据）");
  return campaign;
}

/**
 * Every year for the header's switcher (every page's frame), newest first, with which is current and
 * which closed. Cached (server/cache.ts): years change only through actions, which expire it.
 */
export const listCampaignYears = cachedFigures("campaign-years", async () =>
  (
    await prisma.campaign.findMany({
      orderBy: { year: "desc" },
      select: { id: true, year: true, isCurrent: true, closedAt: true },
    })
  ).map(({ closedAt, ...y }) => ({ ...y, closed: closedAt !== null })),
);
