import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ReviewQueueFilterForm, ReviewQueueTable } from "@/components/cases/review-queue";
import { Pagination } from "@/components/pagination";
import { ReviewOpinions } from "@/components/referrals/review-opinions";
import { EmptyState } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { parseReviewQueueFilters, queueParams } from "@/lib/cases/review-queue";
import { withQuery } from "@/lib/href";
import { readsOwnUnitOnly, worksInRemit } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listReviewQueue, nextReviewCase } from "@/server/cases/list-review-queue";
import { listUnits } from "@/server/units/list-units";

export const metadata: Metadata = { title: "待验收" };

const DONE: Record<string, string> = { ACCEPT: "已验收通过", RETURN: "已退回" };

/**
 * 待验收: the submitted cases the reviewer may decide, with days waiting and integrity flags, filtered and
 * sorted in the address. `?after=<case>` (after 验收通过 / 退回, or 下一件) opens the case that follows it
 * in the same filtered, sorted queue; when none is left the list says so.
 */
export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("review");
  const params = await searchParams;
  const filters = parseReviewQueueFilters(params);
  const carried = { ...queueParams(filters), from: "review" };
  const campaign = await getCurrentCampaign(user);
  const after = typeof params.after === "string" ? params.after : undefined;
  const done = typeof params.done === "string" && DONE[params.done] ? params.done : undefined;

  let finished: string | null = null;
  if (after) {
    const next = await nextReviewCase(user, campaign.id, filters, after);
    if (next.nextId) redirect(withQuery(`/cases/${next.nextId}`, { ...carried, done }));
    // A case the user cannot read tells nothing: the list as it is.
    if (next.after) {
      const decided = done ? `${DONE[done]}：${next.after.enterpriseName}。` : "";
      finished = `${decided}当前筛选下没有其他待验收整治对象。`;
    }
  }

  const showUnit = !readsOwnUnitOnly(user);
  const [{ rows, total, pages, page }, units] = await Promise.all([
    listReviewQueue(user, campaign.id, filters),
    showUnit ? listUnits(user) : Promise.resolve(undefined),
  ]);
  const filtered = Boolean(filters.q || filters.category || filters.unit || filters.flag);

  return (
    <div className="space-y-5">
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">
          {worksInRemit(user) ? `待验收（${user.department?.name ?? ""}职责范围）` : "待验收（全区）"}
        </h1>
        {finished && <FormMessage message={{ ok: true, text: finished }} />}
        <p className="text-sm text-slate-600">
          打开一个整治对象，验收通过或退回后自动打开下一个（按当前筛选和排序）。材料核查提示：同一文件用于其他整治对象、
          照片拍摄时间前后颠倒、照片无拍摄时间、拍摄位置距企业过远或照片无位置信息；有提示的整治对象须核实后才能验收通过。
        </p>
        <ReviewQueueFilterForm filters={filters} units={units} />
        {rows.length === 0 ? (
          <EmptyState dashed>
            {filtered ? "没有符合筛选条件的待验收整治对象。" : "目前没有待验收的整治对象。"}
          </EmptyState>
        ) : (
          <>
            <ReviewQueueTable rows={rows} showUnit={showUnit} caseHref={(id) => withQuery(`/cases/${id}`, carried)} />
            <Pagination
              page={page}
              pages={pages}
              total={total}
              href={(p) => withQuery("/review", { ...queueParams(filters), page: p })}
            />
          </>
        )}
      </div>
      <ReviewOpinions user={user} />
    </div>
  );
}
