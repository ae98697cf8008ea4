import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { FigureOriginBadge } from "@/components/tasks/figure-origin-badge";
import { Link } from "@/components/ui/app-link";
import { AsOfBar } from "@/components/ui/as-of-bar";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { BackLink, chipClass, linkClass } from "@/components/ui/link";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { intId } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { lineRecordsHref } from "@/lib/href";
import { caseStatusLabel, categoryLabel, measureKindLabel, measureLabel } from "@/lib/labels";
import { readsOwnUnitOnly } from "@/lib/rights";
import { describeEntry, formatAmount } from "@/lib/tasks/progress";
import { requireArea } from "@/server/areas";
import { districtOf } from "@/server/scope";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listLineRecords } from "@/server/tasks/list-line-records";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "重点工作任务计入的记录" };

/**
 * The records a task line's figure counts (the drill-down of every figure on /tasks and the line page):
 * filtered by unit (`unit`) or T9 department (`department`) through the address, the total on `data-total`;
 * `asOf`: 统计截至 a past day — the records dated up to that day, as the figure that links here counted them.
 */
export default async function LineRecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ unit?: string; department?: string; asOf?: string | string[] }>;
}) {
  const user = await requireArea("tasks");
  const id = intId.safeParse((await params).id);
  const line = id.success ? await getTaskLine(user, id.data) : null;
  if (!line) notFound();
  const q = await searchParams;
  const unitParam = q.unit === undefined ? undefined : intId.safeParse(q.unit);
  const departmentParam = q.department === undefined ? undefined : intId.safeParse(q.department);
  if (unitParam?.success === false || departmentParam?.success === false) notFound();
  let unitId = unitParam?.data;
  const departmentId = departmentParam?.data;
  // A township reads only its own unit's part of a line.
  if (readsOwnUnitOnly(user)) {
    if (unitId !== undefined && unitId !== user.unitId) notFound();
    unitId = user.unitId!;
  }
  if (departmentId !== undefined && !line.leads.some((l) => l.department.id === departmentId)) notFound();

  const units = await listUnitNames(districtOf(user));
  const unitName = unitId === undefined ? null : units.find((u) => u.id === unitId)?.name;
  if (unitId !== undefined && !unitName) notFound();
  const departmentName = line.leads.find((l) => l.department.id === departmentId)?.department.name;
  const parsed = parseAsOf(q.asOf);
  const now = new Date();
  const at = asOfMoment(parsed.day, now);
  const past = at !== now;
  const asOf = past ? beijingIsoDay(at) : null;
  const list = await listLineRecords(user, line, { unitId, departmentId }, at);
  const unit = measureLabel[line.measure];
  const scope = [unitName, departmentName].filter(Boolean).join("，");

  return (
    <div className="space-y-4">
      <BackLink href={`/tasks/${line.id}`}>{line.code} 重点工作任务</BackLink>
      <div>
        <div className="flex flex-wrap items-baseline gap-2">
          <Badge tone="brand" className="font-semibold">
            {line.code}
          </Badge>
          <FigureOriginBadge code={line.code} />
        </div>
        <h1 className="mt-1 text-xl font-semibold">{line.title}：计入的记录</h1>
        <p className="mt-1 text-sm text-slate-700">
          {scope ? `${scope}：` : "全区："}截至{past ? formatDate(at) : "今天"}计入{" "}
          <strong className="tabular-nums" data-total={String(list.total)} data-testid="records-total">
            {list.kind === "ITEMS" ? `${list.total}${unit}` : formatAmount(list.total, unit)}
          </strong>
          {list.kind === "ENTRIES" && "（牵头部门登记的与各单位经确认的进展；待确认的不计入）"}
        </p>
      </div>

      <AsOfBar
        path={`/tasks/${line.id}/records`}
        at={at}
        past={past}
        error={parsed.error}
        keep={{ unit: unitParam ? unitId : undefined, department: departmentId }}
        what="计入的记录"
      />

      {!readsOwnUnitOnly(user) && line.leads.length > 1 && list.kind === "CASES" && (
        <nav aria-label="按牵头部门" className="flex flex-wrap gap-2 text-sm">
          <Link href={lineRecordsHref(line.id, { unitId }, asOf)} className={chipClass(departmentId === undefined)}>
            全部
          </Link>
          {line.leads.map((l) => (
            <Link
              key={l.department.id}
              href={lineRecordsHref(line.id, { unitId, departmentId: l.department.id }, asOf)}
              className={chipClass(departmentId === l.department.id)}
            >
              {l.department.name}
            </Link>
          ))}
        </nav>
      )}

      {list.kind === "ITEMS" &&
        (list.items.length === 0 ? (
          <EmptyState dashed>尚无完成的重点事项。</EmptyState>
        ) : (
          <ul className="space-y-2">
            {list.items.map((i) => (
              <Card key={i.id} as="li" className="text-sm" data-testid="record">
                ✔ {i.title}（{formatDate(i.doneAt)}）
              </Card>
            ))}
          </ul>
        ))}

      {(list.kind === "ENTRIES" || list.kind === "STEEL") && list.typed.length > 0 && (
        <ul className="space-y-2">
          {list.typed.map((e) => (
            <Card key={e.id} as="li" className="text-sm" data-testid="record">
              <span className="font-semibold">{formatDate(e.date)}</span>
              <span className="ml-2">{e.unit?.name ?? e.author.department?.name ?? ""}</span>
              <span className="ml-2 font-medium">{describeEntry(e, unit)}</span>
              {e.note && <p className="mt-1 text-slate-600">{e.note}</p>}
            </Card>
          ))}
        </ul>
      )}
      {list.kind === "ENTRIES" && list.typed.length === 0 && <EmptyState dashed>尚无计入的进展。</EmptyState>}

      {list.kind === "STEEL" &&
        (list.inspections.length === 0 ? (
          <EmptyState dashed>尚无巡查记录。</EmptyState>
        ) : (
          <ul className="space-y-2">
            {list.inspections.map((i) => (
              <Card key={i.id} as="li" className="text-sm" data-testid="record">
                <span className="font-semibold">{formatDate(i.inspectedOn)}</span>
                <span className="ml-2">{i.unit.name}</span>
                <span className="ml-2 font-medium">{i.enterprise.name}</span>
                <p className="mt-1 text-slate-600">巡查结论：{i.finding}</p>
              </Card>
            ))}
          </ul>
        ))}

      {list.kind === "CANCELLATIONS" &&
        (list.cancellations.length === 0 ? (
          <EmptyState dashed>尚无注销生产许可证的记录。</EmptyState>
        ) : (
          <ul className="space-y-2">
            {list.cancellations.map((c) => (
              <Card key={c.id} as="li" className="text-sm" data-testid="record">
                <Link href={`/cases/${c.caseId}`} className={linkClass({ className: "font-semibold" })}>
                  {c.enterprise.name}
                </Link>
                <span className="ml-2">{c.enterprise.unit.name}</span>
                <p className="mt-1">
                  {formatDate(c.cancelledOn)} 注销许可证 <span className="font-mono">{c.licenceNumber}</span>
                  ，文号 {c.documentNumber}
                </p>
              </Card>
            ))}
          </ul>
        ))}

      {list.kind === "CASES" &&
        (list.cases.length === 0 ? (
          <EmptyState dashed>尚无计入的整治对象。</EmptyState>
        ) : (
          <ul className="space-y-2">
            {list.cases.map((c) => (
              <Card key={c.id} as="li" className="text-sm" data-testid="record">
                <div className="flex flex-wrap gap-x-3">
                  <Link href={`/cases/${c.id}`} className={linkClass({ className: "font-semibold" })}>
                    {c.enterprise.name}
                  </Link>
                  <span>{c.unit.name}</span>
                  <span className="text-slate-500">
                    {categoryLabel[c.category]} · {caseStatusLabel[c.status]}
                  </span>
                  <span className="text-slate-500">计入日期 {formatDate(c.countedOn)}</span>
                </div>
                {list.policy ? (
                  <p className="mt-1">
                    政策依据：{c.policyBasis?.name}；计入：{c.policyDepartment?.name ?? "未分配"}
                    {c.policyDepartmentCorrectedAt && "（区工强办调整）"}
                  </p>
                ) : (
                  <ul className="mt-1 space-y-0.5">
                    {c.measures.map((m) => (
                      <li key={m.id}>
                        {formatDate(m.date)} {m.department.name} {measureKindLabel[m.kind]}
                        {m.reference && `（${m.reference}）`}
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            ))}
          </ul>
        ))}
    </div>
  );
}
