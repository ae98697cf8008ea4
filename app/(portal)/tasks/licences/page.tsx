import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LicenceCancellationForm } from "@/components/tasks/licence-cancellation-form";
import { Card, EmptyState } from "@/components/ui/card";
import { beijingIsoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { categoryLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { listLicenceCancellations, listLicenceWorklist } from "@/server/licences/list-licence-worklist";

export const metadata: Metadata = { title: "注销生产许可证" };

/** 区市场监管局's work list: enterprises closed by an accepted case that still hold a production licence. */
export default async function LicencesPage() {
  const user = await requireArea("tasks");
  if (!(await isLicenceOffice(user))) notFound();
  const [items, done] = await Promise.all([listLicenceWorklist(), listLicenceCancellations()]);
  const today = beijingIsoDay(new Date());
  return (
    <div className="space-y-5">
      <div>
        <Link href="/tasks" className="text-sm text-brand-700 hover:underline">← 本部门任务</Link>
        <h1 className="mt-2 text-xl font-semibold">注销生产许可证</h1>
        <p className="text-sm text-slate-600">
          注销因工艺装备落后，环保、能耗、安全和质量不达标被依法关停企业的生产许可证：淘汰落后产能案件验收通过，或整治提升案件以关停类结果验收通过，
          且企业登记有生产许可证编号的，列入本清单，登记注销后移出。
        </p>
      </div>
      <section aria-labelledby="todo-title" className="space-y-2">
        <h2 id="todo-title" className="font-semibold">待注销（{items.length}家）</h2>
        {items.length === 0 ? <EmptyState dashed>目前没有待注销生产许可证的企业。</EmptyState> : (
          <ul className="space-y-3">
            {items.map((c) => (
              <Card key={c.id} as="li" className="text-sm" data-testid="licence-item">
                <div className="flex flex-wrap gap-x-3">
                  <Link href={`/cases/${c.id}`} className="font-semibold text-brand-700 hover:underline">{c.enterprise.name}</Link>
                  <span>{c.unit.name}</span>
                  <span className="font-mono">{c.enterprise.creditCode ?? "无信用代码"}</span>
                  <span>许可证编号：<span className="font-mono">{c.enterprise.productionLicence}</span></span>
                  <span className="text-slate-500">{categoryLabel[c.category]}{c.outcome ? `（${c.outcome.name}）` : ""}，验收于 {formatDate(c.acceptedAt)}</span>
                </div>
                <LicenceCancellationForm caseId={c.id} enterprise={c.enterprise.name} licence={c.enterprise.productionLicence ?? ""} today={today} />
              </Card>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="done-title" className="space-y-2">
        <h2 id="done-title" className="font-semibold">已登记注销（最近{done.length}条）</h2>
        {done.length === 0 ? <EmptyState dashed>尚无注销记录。</EmptyState> : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm">
              <thead><tr className="border-b text-left text-slate-500">
                <th scope="col" className="py-1.5 pr-3 font-medium">企业</th><th scope="col" className="py-1.5 pr-3 font-medium">单位</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">许可证编号</th><th scope="col" className="py-1.5 pr-3 font-medium">注销日期</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">文号</th><th scope="col" className="py-1.5 font-medium">文书</th>
              </tr></thead>
              <tbody>
                {done.map((d) => (
                  <tr key={d.id} className="border-b border-slate-100">
                    <td className="py-1.5 pr-3">{d.enterprise.name}</td><td className="py-1.5 pr-3">{d.enterprise.unit.name}</td>
                    <td className="py-1.5 pr-3 font-mono">{d.licenceNumber}</td><td className="py-1.5 pr-3">{formatDate(d.cancelledOn)}</td>
                    <td className="py-1.5 pr-3">{d.documentNumber}</td>
                    <td className="py-1.5">{d.storageKey ? <a href={`/api/licences/${d.id}/document`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">📎 {d.originalName}</a> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
