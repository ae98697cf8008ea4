import type { Metadata } from "next";

import { DistrictCityCircularList } from "@/components/city/city-circular-list";
import { DistrictDrillHeader } from "@/components/city/district-drill-header";
import { NoticeList } from "@/components/supervision/notice-list";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { districtDocumentHref } from "@/lib/city/params";
import { briefingMonths } from "@/lib/documents/briefing";
import { formatDateTime } from "@/lib/format";
import { listDistrictCityCirculars } from "@/server/city/circulars";
import { openDistrictDrillDown } from "@/server/city/open-drill-down";
import { listPublishedBriefings } from "@/server/documents/briefing";
import { listNotices } from "@/server/supervision/list-notices";

export const metadata: Metadata = { title: "区县通报与简报（只读）" };

/**
 * A district's documents for the city (docs/domain.md §市级): its 通报 and 约谈记录 as its 通报与约谈 page lists them,
 * the city's 通报 addressed to it with its 签收, and its monthly 工作简报 — each .docx downloadable through the city's
 * drill-down routes, read-only (no issuing, signing or follow-up) — through the district's viewer, so its scopes apply.
 */
export default async function CityDistrictDocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const { code } = await params;
  const { year, campaign, ...found } = await openDistrictDrillDown(code, (await searchParams).year);
  const now = new Date();
  const [notices, cityCirculars, published] = await Promise.all([
    listNotices(found.viewer),
    listDistrictCityCirculars(found.viewer),
    listPublishedBriefings(campaign.id),
  ]);
  const months = briefingMonths(campaign, now);
  return (
    <div className="space-y-5">
      <DistrictDrillHeader district={found.district} year={year} current="documents" title="通报与简报" />
      <section aria-labelledby="district-notices" className="space-y-2">
        <h2 id="district-notices" className="font-semibold">
          {found.district.officeShortName}通报与约谈
        </h2>
        <NoticeList
          notices={notices}
          canAcknowledge={false}
          canFollowUp={false}
          now={now}
          documentHref={(id) => districtDocumentHref.notice(code, id)}
        />
      </section>
      <section aria-labelledby="district-briefings" className="space-y-2">
        <h2 id="district-briefings" className="font-semibold">
          {campaign.year}年度工作进展简报
        </h2>
        {months.length === 0 ? (
          <EmptyState>本年度工作尚未开始，还没有简报。</EmptyState>
        ) : (
          <ul className="space-y-2">
            {months.map((m) => {
              const publication = published.find((p) => p.month === m.key);
              return (
                <Card key={m.key} as="li" className="flex flex-wrap items-center gap-2 text-sm" data-testid="briefing">
                  <span className="font-semibold">
                    {m.label}（第{m.issue}期）
                  </span>
                  {publication ? (
                    <>
                      <Badge tone="success">已发布</Badge>
                      <span className="text-slate-500">{formatDateTime(publication.publishedAt)}</span>
                    </>
                  ) : (
                    <Badge tone="warning">未发布</Badge>
                  )}
                  <a
                    href={districtDocumentHref.briefing(code, m.key, year)}
                    download
                    className={`${linkClass()} inline-flex min-h-11 items-center`}
                  >
                    {publication ? "下载简报（Word）" : "下载未发布稿（Word）"}
                  </a>
                </Card>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="district-city-circulars" className="space-y-2">
        <h2 id="district-city-circulars" className="font-semibold">
          市工强办对{found.district.name}的通报
        </h2>
        <DistrictCityCircularList rows={cityCirculars} canAcknowledge={false} />
      </section>
    </div>
  );
}
