import "server-only";

import { notFound } from "next/navigation";

import { parseYear } from "@/lib/city/params";
import { requireArea } from "@/server/areas";
import { districtCampaign, districtViewer } from "@/server/city/district-viewer";
import type { SessionUser } from "@/server/session";

/**
 * What every drill-down page opens with: the city account (the area), the district of the URL through its viewer,
 * and the district's campaign of the `year` asked for — not found when any of them is not there.
 */
export async function openDistrictDrillDown(code: string, yearParam: string | string[] | undefined) {
  const user = await requireArea("city");
  const found = await districtViewer(user, code);
  if (!found) notFound();
  const year = parseYear(yearParam);
  const campaign = await districtCampaign(found.viewer, year);
  if (!campaign) notFound();
  return { ...found, year, campaign };
}

/**
 * The same for a drill-down download (a route handler behind the `city` area's guard): the district of the URL
 * through its viewer and its campaign of `yearParam`, or null (the route answers not found).
 */
export async function districtDrillDownOf(user: SessionUser, code: string, yearParam: string | null) {
  const found = await districtViewer(user, code);
  if (!found) return null;
  const campaign = await districtCampaign(found.viewer, parseYear(yearParam ?? undefined));
  return campaign ? { ...found, campaign } : null;
}
