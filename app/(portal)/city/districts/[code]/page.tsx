import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DistrictDrillHeader } from "@/components/city/district-drill-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { districtHref, parseYear } from "@/lib/city/params";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { requireArea } from "@/server/areas";
import { districtCampaign, districtViewer } from "@/server/city/district-viewer";
import { getDashboard } from "@/server/dashboard/get-dashboard";

export const metadata: Metadata = { title: "区县总览（只读）" };

/**
 * 区县看板的只读下钻 (docs/domain.md §市级): a district's 全区总览 exactly as its leader reads it, for the
 * city's accounts only, read-only — read through the district's viewer (server/city/district-viewer.ts),
 * so every district scope applies; a district's own users get not found here (the area).
 */
export default async function CityDistrictPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ asOf?: string | string[]; year?: string | string[] }>;
}) {
  const user = await requireArea("city");
  const { code } = await params;
  const found = await districtViewer(user, code);
  if (!found) notFound();
  const query = await searchParams;
  const year = parseYear(query.year);
  const campaign = await districtCampaign(found.viewer, year);
  if (!campaign) notFound();
  const asOf = parseAsOf(query.asOf);
  const dashboard = await getDashboard(found.viewer, campaign, asOfMoment(asOf.day, new Date()));
  if (!dashboard) notFound();
  return (
    <div className="space-y-4">
      <DistrictDrillHeader district={found.district} year={year} current="dashboard" title={campaign.title} />
      <DashboardView
        d={dashboard}
        path={districtHref(code, { year })}
        asOfError={asOf.error}
        casesPath={districtHref(code, { year, sub: "cases" })}
      />
    </div>
  );
}
