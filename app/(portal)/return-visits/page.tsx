import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/cases/status-badge";
import { Pagination } from "@/components/pagination";
import { ScheduleButton } from "@/components/return-visits/schedule-button";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { pageParam } from "@/lib/fields";
import { withQuery } from "@/lib/href";
import { disposalPathLabel, returnVisitResultLabel } from "@/lib/labels";
import { isReturnVisitDue } from "@/lib/return-visit";
import { requireArea } from "@/server/areas";
import { returnVisitPolicy } from "@/server/policies";
import { listReturnVisits, type ReturnVisitFilter } from "@/server/return-visits/list-return-visits";
import { runsCampaign, worksInRemit } from "@/lib/rights";

export const metadata: Metadata = { title: "回访" };

const FILTERS: Record<ReturnVisitFilter, string> = { pending: "待回访", done: "已回访", resumed: "死灰复燃" };

export default async function ReturnVisitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("returnVisits");
  const sp = await searchParams;
  const filter = (typeof sp.filter === "string" && sp.filter in FILTERS ? sp.filter : "pending") as ReturnVisitFilter;
  const page = pageParam(sp.page);
  const { rows, total, pages } = await listReturnVisits(user, filter, page);
  const now = new Date();
  const href = (f: ReturnVisitFilter, p = 1) => withQuery("/return-visits", { filter: f, page: p });

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">回访</h1>
      <p className="text-sm text-slate-600">
        已验收的淘汰落后产能案件：封存的全部回访，拆除主体设备的抽取 {returnVisitPolicy.samplePercent}% 回访；验收后 {returnVisitPolicy.afterDays} 天到期。
        回访发现死灰复燃的，案件重新打开，不再计入已验收。
      </p>
      {worksInRemit(user) && (
        <p className="text-sm text-slate-600">本部门只读查看职责范围内案件的回访：区发改局、区经信局（牵头淘汰落后产能）查看全部，其他部门查看涉及本部门牵头方面的案件。回访结果由所在镇（街道）录入。</p>
      )}
      {runsCampaign(user) && <ScheduleButton />}
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {(Object.keys(FILTERS) as ReturnVisitFilter[]).map((f) => (
          <Link key={f} href={href(f)} aria-current={f === filter ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${f === filter ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"}`}>{FILTERS[f]}</Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>{worksInRemit(user) ? `本部门职责范围内没有${FILTERS[filter]}的回访任务。` : `没有${FILTERS[filter]}的回访任务。`}</EmptyState>
      ) : (
        <Card as="div" padding="none" className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">回访任务</caption>
            <thead className="bg-slate-50 text-left">
              <tr><th className="px-3 py-2">企业</th><th className="px-3 py-2">单位</th><th className="px-3 py-2">处置方式</th><th className="px-3 py-2">到期日</th><th className="px-3 py-2">回访结果</th><th className="px-3 py-2">案件状态</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="px-3 py-2"><Link href={`/return-visits/${r.id}`} className="text-brand-700 hover:underline">{r.case.enterprise.name}</Link></td>
                  <td className="px-3 py-2">{r.unit.name}</td>
                  <td className="px-3 py-2">{r.case.disposalPath ? disposalPathLabel[r.case.disposalPath] : "—"}</td>
                  <td className="px-3 py-2">{formatDate(r.dueDate)}{isReturnVisitDue(r, now) && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">已到期</span>}</td>
                  <td className="px-3 py-2">{r.result ? `${returnVisitResultLabel[r.result]}（${formatDate(r.visitedOn)}）` : "待回访"}</td>
                  <td className="px-3 py-2"><StatusBadge status={r.case.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page} pages={pages} total={total} href={(p) => href(filter, p)} />
    </div>
  );
}
