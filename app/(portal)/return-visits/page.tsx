import type { Metadata } from "next";

import { StatusBadge } from "@/components/cases/status-badge";
import { Pagination } from "@/components/pagination";
import { ScheduleButton } from "@/components/return-visits/schedule-button";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { pageParam } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { categoryLabel, disposalPathLabel, returnVisitResultLabel } from "@/lib/labels";
import { isReturnVisitDue } from "@/lib/return-visits/rules";
import { runsCampaign, worksInRemit } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { returnVisitPolicy } from "@/server/policies";
import { listReturnVisits, type ReturnVisitFilter } from "@/server/return-visits/list-return-visits";

export const metadata: Metadata = { title: "回访" };

const FILTERS: Record<ReturnVisitFilter, string> = { pending: "待回访", done: "已回访", resumed: "死灰复燃" };

export default async function ReturnVisitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
        已验收的淘汰落后产能企业：封存的全部回访，拆除主体设备的抽取 {returnVisitPolicy.samplePercent}%
        回访；以关停取缔验收的“低散乱”作坊抽取 {returnVisitPolicy.closedWorkshopSamplePercent}% 回访。验收后{" "}
        {returnVisitPolicy.afterDays}{" "}
        天到期。回访由牵头部门或区工强办录入，属地镇（乡）街道可陪同；发现死灰复燃的，撤销验收，整治对象回到推进中，不再计入已验收。
      </p>
      {worksInRemit(user) && (
        <p className="text-sm text-slate-600">
          本部门查看并录入职责范围内整治对象的回访：区发改局、区经信局（牵头淘汰落后产能）负责全部淘汰落后产能企业，其他部门负责涉及本部门牵头方面的整治对象。
        </p>
      )}
      {runsCampaign(user) && <ScheduleButton />}
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {(Object.keys(FILTERS) as ReturnVisitFilter[]).map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? "page" : undefined}
            className={chipClass(f === filter)}
          >
            {FILTERS[f]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>
          {worksInRemit(user)
            ? `本部门职责范围内没有${FILTERS[filter]}的回访任务。`
            : `没有${FILTERS[filter]}的回访任务。`}
        </EmptyState>
      ) : (
        <Table caption="回访任务" className="min-w-[44rem]">
          <THead className="bg-slate-50">
            <Th>企业</Th>
            <Th>单位</Th>
            <Th>处置方式 / 整治结果</Th>
            <Th>到期日</Th>
            <Th>回访结果</Th>
            <Th>办理状态</Th>
          </THead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/return-visits/${r.id}`} className={linkClass()}>
                    {r.case.enterprise.name}
                  </Link>
                </Td>
                <Td label="单位">{r.unit.name}</Td>
                <Td label="处置">
                  {r.case.disposalPath
                    ? disposalPathLabel[r.case.disposalPath]
                    : `${categoryLabel[r.case.category]}·${r.case.outcome?.name ?? "—"}`}
                </Td>
                <Td label="到期日">
                  {formatDate(r.dueDate)}
                  {isReturnVisitDue(r, now) && (
                    <Badge tone="warning" className="ml-1">
                      已到期
                    </Badge>
                  )}
                </Td>
                <Td label="回访结果">
                  {r.result ? `${returnVisitResultLabel[r.result]}（${formatDate(r.visitedOn)}）` : "待回访"}
                </Td>
                <Td label="办理状态">
                  <StatusBadge status={r.case.status} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} total={total} href={(p) => href(filter, p)} />
    </div>
  );
}
