import type { Metadata } from "next";

import { CaseListView } from "@/components/cases/case-list-view";
import { ReviewOpinions } from "@/components/referrals/review-opinions";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { worksInRemit } from "@/lib/rights";
import { requireArea } from "@/server/areas";

export const metadata: Metadata = { title: "待验收" };

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("review");
  // The queue is what awaits review now: no 统计截至.
  const filters = { ...parseCaseListFilters(await searchParams), status: "SUBMITTED" as const, asOf: undefined };
  return (
    <div className="space-y-5">
      <CaseListView
        user={user}
        filters={filters}
        basePath="/review"
        fixedStatus
        title={worksInRemit(user) ? `待验收（${user.department?.name ?? ""}职责范围）` : "待验收（全区）"}
        emptyText="目前没有待验收的案件。"
      />
      <ReviewOpinions user={user} />
    </div>
  );
}
