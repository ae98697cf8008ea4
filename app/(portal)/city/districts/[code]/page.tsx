import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DistrictDrillHeader } from "@/components/city/district-drill-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { districtHref } from "@/lib/city/params";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { openDistrictDrillDown } from "@/server/city/district-viewer";
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
  const { code } = await params;
  const query = await searchParams;
  const { year, campaign, ...found } = await openDistrictDrillDown(code, query.year);
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
