import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LicenceCancellationForm } from "@/components/tasks/licence-cancellation-form";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { beijingIsoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { categoryLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { isLicenceOffice } from "@/server/licences/licence-office";
import { listLicenceCancellations, listLicenceWorklist } from "@/server/licences/list-licence-worklist";

export const metadata: Metadata = { title: "注销生产许可证" };

/** 区市场监管局's work list: enterprises that exit as a whole (lib/licences/handoff.ts) and still hold a production licence. */
export default async function LicencesPage() {
  const user = await requireArea("tasks");
  if (!(await isLicenceOffice(user))) notFound();
  const [items, done] = await Promise.all([listLicenceWorklist(), listLicenceCancellations()]);
  const today = beijingIsoDay(new Date());
  return (
    <div className="space-y-5">
      <div>
        <Link href="/tasks" className={linkClass({ className: "text-sm" })}>
          ← 本部门任务
        </Link>
        <h1 className="mt-2 text-xl font-semibold">注销生产许可证</h1>
        <p className="text-sm text-slate-600">
          注销因工艺装备落后，环保、能耗、安全和质量不达标被依法关停企业的生产许可证。企业整体关停退出时列入本清单：整治对象注明“整体关停退出”（或“低散乱”作坊以关停类结果）并验收通过，或整治对象升级处置为关停；
          只淘汰部分生产线、企业继续生产的不列入。企业须登记有生产许可证编号。登记注销（同时记入整治对象的“注销生产许可证”措施），或在整治对象页面记录该措施后移出。无证生产可在整治对象页面记录“查处无证生产”措施。
        </p>
      </div>
      <section aria-labelledby="todo-title" className="space-y-2">
        <h2 id="todo-title" className="font-semibold">
          待注销（{items.length}家）
        </h2>
        {items.length === 0 ? (
          <EmptyState dashed>目前没有待注销生产许可证的企业。</EmptyState>
        ) : (
          <ul className="space-y-3">
            {items.map((c) => (
              <Card key={c.id} as="li" className="text-sm" data-testid="licence-item">
                <div className="flex flex-wrap gap-x-3">
                  <Link href={`/cases/${c.id}`} className={linkClass({ className: "font-semibold" })}>
                    {c.enterprise.name}
                  </Link>
                  <span>{c.unit.name}</span>
                  <span className="font-mono">{c.enterprise.creditCode ?? "无信用代码"}</span>
                  <span>
                    许可证编号：<span className="font-mono">{c.enterprise.productionLicence}</span>
                  </span>
                  <span className="text-slate-500" data-testid="exit-reason">
                    {categoryLabel[c.category]}：{c.exitReason}
                    {c.acceptedAt ? `（验收于 ${formatDate(c.acceptedAt)}）` : ""}
                  </span>
                </div>
                <LicenceCancellationForm
                  caseId={c.id}
                  enterprise={c.enterprise.name}
                  licence={c.enterprise.productionLicence ?? ""}
                  today={today}
                />
              </Card>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="done-title" className="space-y-2">
        <h2 id="done-title" className="font-semibold">
          已登记注销（最近{done.length}条）
        </h2>
        {done.length === 0 ? (
          <EmptyState dashed>尚无注销记录。</EmptyState>
        ) : (
          <Table aria-labelledby="done-title" className="min-w-[40rem]">
            <THead className="bg-slate-50">
              <Th>企业</Th>
              <Th>单位</Th>
              <Th>许可证编号</Th>
              <Th>注销日期</Th>
              <Th>文号</Th>
              <Th>文书</Th>
            </THead>
            <tbody>
              {done.map((d) => (
                <tr key={d.id}>
                  <Td>{d.enterprise.name}</Td>
                  <Td label="单位">{d.enterprise.unit.name}</Td>
                  <Td label="许可证编号" className="font-mono">
                    {d.licenceNumber}
                  </Td>
                  <Td label="注销日期" nowrap>
                    {formatDate(d.cancelledOn)}
                  </Td>
                  <Td label="文号">{d.documentNumber}</Td>
                  <Td label="文书">
                    {d.storageKey ? (
                      <a href={`/api/licences/${d.id}/document`} target="_blank" rel="noopener" className={linkClass()}>
                        📎 {d.originalName}
                      </a>
                    ) : (
                      "—"
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
