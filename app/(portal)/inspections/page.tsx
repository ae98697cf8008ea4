import type { Metadata } from "next";

import { FindingTable } from "@/components/inspections/finding-table";
import { RoundForm } from "@/components/inspections/round-form";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { intId, pageParam } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { type FindingFilter, findingFilterLabel as FILTERS, findingFilterOf } from "@/lib/labels";
import { readsOwnUnitOnly, readsWholeDistrict, runsCampaign } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listFindings } from "@/server/inspections/list-findings";
import { listRounds } from "@/server/inspections/list-rounds";
import { listUnitsAndDepartments } from "@/server/units/list-units-and-departments";

export const metadata: Metadata = { title: "监督检查" };

export default async function InspectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("inspections");
  const sp = await searchParams;
  const campaign = await getCurrentCampaign(user);
  const filter = findingFilterOf(sp.status);
  // What a figure's link asks for (the dashboard, a unit's page): 逾期 only, one unit, 统计截至 a past day.
  const overdue = sp.overdue === "1";
  const unit = intId.safeParse(Array.isArray(sp.unit) ? sp.unit[0] : sp.unit);
  const unitId = unit.success ? unit.data : undefined;
  const asOf = parseAsOf(sp.asOf);
  const now = new Date();
  const at = asOfMoment(asOf.day, now);
  const past = at !== now;
  const asOfDay = past ? beijingIsoDay(at) : undefined;
  const roundPage = pageParam(sp.page);
  const findingPage = pageParam(sp.fpage);
  const [rounds, findings] = await Promise.all([
    listRounds(user, campaign.id, roundPage),
    listFindings(user, campaign.id, filter, findingPage, { overdue, unitId, at: past ? at : undefined }),
  ]);
  const choices = runsCampaign(user) && !campaign.closedAt ? await listUnitsAndDepartments(campaign.districtId) : null;
  const href = (p: { page?: number; status?: FindingFilter; fpage?: number; asOf?: string | null }) =>
    withQuery("/inspections", {
      page: p.page ?? roundPage,
      status: (p.status ?? filter) === "open" ? null : (p.status ?? filter),
      overdue: overdue ? "1" : null,
      unit: unitId,
      asOf: p.asOf === undefined ? asOfDay : p.asOf,
      fpage: p.fpage ?? 1,
    });

  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">监督检查</h1>
      <p className="text-sm text-slate-600">
        区工强办定期组织相关部门对各单位进行监督检查：参加部门和区工强办记录发现的问题和整改要求，被检查单位上传整改证据并答复，区工强办销号或退回。
        {readsOwnUnitOnly(user) && " 这里只显示本单位的问题。"}
      </p>
      {choices && (
        <Card as="details">
          <summary className="cursor-pointer font-semibold">计划检查</summary>
          <div className="mt-3">
            <RoundForm
              units={choices.units}
              departments={choices.departments}
              today={beijingIsoDay(new Date())}
              mode={{ kind: "plan" }}
            />
          </div>
        </Card>
      )}
      <section aria-labelledby="rounds-title" className="space-y-2">
        <h2 id="rounds-title" className="font-semibold">
          {campaign.year}年度检查
        </h2>
        {rounds.rows.length === 0 ? (
          <EmptyState>本年度尚无{readsWholeDistrict(user) ? "" : "涉及您的"}监督检查。</EmptyState>
        ) : (
          <Table caption="监督检查" className="min-w-[44rem]">
            <THead className="bg-slate-50">
              <Th>检查</Th>
              <Th>日期</Th>
              <Th>参加部门</Th>
              <Th>单位 / 抽查对象</Th>
              <Th>问题（待整改 / 已答复 / 已销号）</Th>
            </THead>
            <tbody>
              {rounds.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/inspections/${r.id}`} className={linkClass()}>
                      {r.title}
                    </Link>
                  </Td>
                  <Td label="日期" nowrap>
                    {formatDate(r.startDate)}—{formatDate(r.endDate)}
                  </Td>
                  <Td label="参加部门">{r.departments.map((d) => d.department.name).join("、") || "—"}</Td>
                  <Td label="单位 / 抽查对象" numeric>
                    {r._count.units} / {r._count.samples}
                  </Td>
                  <Td label="待整改 / 已答复 / 已销号" numeric>
                    {r.findings.OPEN} / {r.findings.ANSWERED} / {r.findings.CLOSED}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={rounds.page}
          pages={rounds.pages}
          total={rounds.total}
          href={(p) => href({ page: p })}
          label="检查分页"
          countsFigure={false}
        />
      </section>
      <section aria-labelledby="findings-title" className="space-y-2">
        <h2 id="findings-title" className="font-semibold">
          {readsOwnUnitOnly(user) ? "本单位的问题" : "检查发现的问题"}
        </h2>
        {(past || overdue || unitId !== undefined) && (
          <p data-testid="list-as-of" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm">
            {past && (
              <>
                统计截至 <strong>{formatDate(at)}</strong>：按当日的记录还原，状态为当日的状态。
              </>
            )}
            {unitId !== undefined && <>只列{findings.rows[0]?.unit.name ?? "所选单位"}的问题。</>}
            {overdue && <>只列逾期（整改期限已过仍待整改）的问题。</>}{" "}
            <Link
              href={withQuery("/inspections", { status: filter === "open" ? null : filter })}
              className={linkClass()}
            >
              显示全部
            </Link>
          </p>
        )}
        <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(FILTERS) as FindingFilter[]).map((f) => (
            <Link
              key={f}
              href={href({ status: f, fpage: 1 })}
              aria-current={f === filter ? "page" : undefined}
              className={chipClass(f === filter)}
            >
              {FILTERS[f]}
            </Link>
          ))}
          <a
            href={withQuery("/api/exports/inspections", { status: filter, asOf: asOfDay })}
            download
            className={buttonClass({ variant: "secondary", size: "sm", className: "ml-auto" })}
          >
            导出 Excel（{FILTERS[filter]}）
          </a>
        </nav>
        <FindingTable
          rows={findings.rows}
          empty={`没有${filter === "all" ? "" : FILTERS[filter]}的问题。`}
          caption="检查发现的问题"
        />
        <Pagination
          page={findings.page}
          pages={findings.pages}
          total={findings.total}
          href={(p) => href({ fpage: p })}
          label="问题分页"
        />
      </section>
    </div>
  );
}
