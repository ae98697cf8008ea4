import type { Metadata } from "next";

import { CaseListView } from "@/components/cases/case-list-view";
import { DistrictDrillHeader } from "@/components/city/district-drill-header";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { districtHref } from "@/lib/city/params";
import { openDistrictDrillDown } from "@/server/city/district-viewer";

export const metadata: Metadata = { title: "区县整治台账（只读）" };

/**
 * A district's 整治台账 for the city (docs/domain.md §市级): the list its leader reads, with its filters,
 * 统计截至 and pages, read-only — through the district's viewer, so the district's scopes apply.
 */
export default async function CityDistrictCasesPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code } = await params;
  const query = await searchParams;
  const { year, campaign, ...found } = await openDistrictDrillDown(code, query.year);
  return (
    <div className="space-y-4">
      <DistrictDrillHeader district={found.district} year={year} current="cases" title={`${campaign.year}年度`} />
      <CaseListView
        user={found.viewer}
        filters={parseCaseListFilters(query)}
        basePath={districtHref(code, { year, sub: "cases" })}
        title={`${found.district.name}整治台账`}
        emptyText="没有符合条件的整治对象。"
        drill={{ campaign, keep: year ? { year: String(year) } : {} }}
      />
    </div>
  );
}
