import "server-only";
import { cookies } from "next/headers";
import { YEAR_COOKIE, parseYearCookie } from "@/lib/campaigns/year-cookie";
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
export async function getCurrentCampaign(db: Tx = prisma) {
  const year = await selectedYear();
  const selected = year === null ? null : await db.campaign.findUnique({ where: { year } });
  const campaign = selected
    ?? (await db.campaign.findFirst({ where: { isCurrent: true } }))
    ?? (await db.campaign.findFirst({ orderBy: { year: "desc" } }));
  if (!campaign) throw new Error("尚未导入年度工作方案（请运行种子数据）");
  return campaign;
}

/** Every year for the header's switcher, newest first, with which is current and which closed. */
export function listCampaignYears() {
  return prisma.campaign.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, isCurrent: true, closedAt: true } });
}
