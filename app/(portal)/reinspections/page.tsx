import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/cases/status-badge";
import { Pagination } from "@/components/pagination";
import { ScheduleButton } from "@/components/reinspections/schedule-button";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { pageParam, withQuery } from "@/lib/href";
import { disposalPathLabel, reInspectionResultLabel } from "@/lib/labels";
import { isReInspectionDue } from "@/lib/reinspection";
import { requireArea } from "@/server/areas";
import { reInspectionPolicy } from "@/server/policies";
import { listReInspections, type ReInspectionFilter } from "@/server/reinspections/list-re-inspections";

export const metadata: Metadata = { title: "回头看" };

const FILTERS: Record<ReInspectionFilter, string> = { pending: "待回访", done: "已回访", resumed: "死灰复燃" };

export default async function ReInspectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("reinspections");
  const sp = await searchParams;
  const filter = (typeof sp.filter === "string" && sp.filter in FILTERS ? sp.filter : "pending") as ReInspectionFilter;
  const page = pageParam(sp.page);
  const { rows, total, pages } = await listReInspections(user, filter, page);
  const now = new Date();
  const href = (f: ReInspectionFilter, p = 1) => withQuery("/reinspections", { filter: f, page: p });

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">回头看</h1>
      <p className="text-sm text-slate-600">
        已验收的淘汰落后产能案件：封存的全部回访，拆除主体设备的抽取 {reInspectionPolicy.samplePercent}% 回访；验收后 {reInspectionPolicy.afterDays} 天到期。
        回访发现死灰复燃的，案件重新打开，不再计入已验收。
      </p>
      {user.role === "OFFICE" && <ScheduleButton />}
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {(Object.keys(FILTERS) as ReInspectionFilter[]).map((f) => (
          <Link key={f} href={href(f)} aria-current={f === filter ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${f === filter ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"}`}>{FILTERS[f]}</Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>没有{FILTERS[filter]}的回头看任务。</EmptyState>
      ) : (
        <Card as="div" padding="none" className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">回头看任务</caption>
            <thead className="bg-slate-50 text-left">
              <tr><th className="px-3 py-2">企业</th><th className="px-3 py-2">单位</th><th className="px-3 py-2">处置方式</th><th className="px-3 py-2">到期日</th><th className="px-3 py-2">回访结果</th><th className="px-3 py-2">案件状态</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="px-3 py-2"><Link href={`/reinspections/${r.id}`} className="text-brand-700 hover:underline">{r.case.enterprise.name}</Link></td>
                  <td className="px-3 py-2">{r.unit.name}</td>
                  <td className="px-3 py-2">{r.case.disposalPath ? disposalPathLabel[r.case.disposalPath] : "—"}</td>
                  <td className="px-3 py-2">{formatDate(r.dueDate)}{isReInspectionDue(r, now) && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">已到期</span>}</td>
                  <td className="px-3 py-2">{r.result ? `${reInspectionResultLabel[r.result]}（${formatDate(r.visitedOn)}）` : "待回访"}</td>
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
