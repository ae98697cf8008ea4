import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { FileList } from "@/components/file-list";
import { FileUpload } from "@/components/file-upload";
import { Pagination } from "@/components/pagination";
import { SteelFollowUpForm } from "@/components/steel/follow-up-form";
import { SteelInspectionForm } from "@/components/steel/record-form";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { beijingIsoDay, dateInputValue } from "@/lib/dates";
import { pageParam } from "@/lib/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { followUpStateLabel, steelCheckLabel } from "@/lib/labels";
import { readsOwnUnitOnly } from "@/lib/rights";
import { followUpState, RED_LINES, summariseSteel } from "@/lib/steel/rules";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { districtOf } from "@/server/scope";
import { getSteelLine, listSteelInspections } from "@/server/steel/list-steel-inspections";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "钢铁行业监管巡查" };

const stateClass = {
  NONE: "bg-slate-100 text-slate-700",
  OPEN: "bg-amber-100 text-amber-900",
  OVERDUE: "bg-red-100 text-red-800",
  DONE: "bg-green-100 text-green-800",
} as const;

/** T10: 区发改局's steel inspections — the three red lines per enterprise, findings and follow-up; T10's progress is their number. */
export default async function SteelPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireArea("tasks");
  const campaign = await getCurrentCampaign(user);
  const line = await getSteelLine(user, campaign.id);
  if (!line) notFound();
  const page = pageParam((await searchParams).page);
  const { rows, all, total, pages } = await listSteelInspections(user, line.id, page);
  const now = new Date();
  const today = beijingIsoDay(now);
  const summary = summariseSteel(all, now);
  const writable = line.writable && campaign.closedAt === null;
  const units = writable ? await listUnitNames(districtOf(user)) : [];
  const township = readsOwnUnitOnly(user);

  return (
    <div className="space-y-5">
      <div>
        <Link href={`/tasks/${line.id}`} className={linkClass({ className: "text-sm" })}>
          ← {line.code} 重点工作任务
        </Link>
        <h1 className="mt-2 text-xl font-semibold">钢铁行业监管巡查（{line.code}）</h1>
        <p className="text-sm text-slate-600">
          牵头：{line.leads.map((l) => l.department.name).join("、")}
          。逐家企业检查三条红线（违规新增钢铁产能、已退出产能死灰复燃、生产销售地条钢），
          发现问题的提出整改要求并按期复查（化解过剩产能“回头看”）。每登记一次巡查，{line.code} 的进度自动计 1
          次，无需另行填报。
          {township && " 本单位只能查看在本单位企业开展的巡查。"}
        </p>
      </div>

      <Card aria-labelledby="steel-summary">
        <h2 id="steel-summary" className="sr-only">
          巡查汇总
        </h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">{township ? "本单位巡查" : "已巡查"}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="steel-count">
              {summary.inspections}次
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">发现红线问题</dt>
            <dd
              className={`text-lg font-semibold tabular-nums ${summary.redLineFindings ? "text-red-700" : ""}`}
              data-testid="steel-red-lines"
            >
              {summary.redLineFindings}处
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">涉及巡查</dt>
            <dd className="font-medium tabular-nums">{summary.inspectionsWithFindings}次</dd>
          </div>
          <div>
            <dt className="text-slate-500">整改待复查</dt>
            <dd className="font-medium tabular-nums">{summary.openFollowUps}项</dd>
          </div>
        </dl>
      </Card>

      {writable && (
        <Card aria-labelledby="steel-record">
          <h2 id="steel-record" className="mb-2 font-semibold">
            登记巡查
          </h2>
          <SteelInspectionForm units={units} today={today} start={dateInputValue(campaign.startDate)} />
        </Card>
      )}

      <section aria-labelledby="steel-list" className="space-y-2">
        <h2 id="steel-list" className="font-semibold">
          巡查记录（{total}次）
        </h2>
        {rows.length === 0 ? (
          <EmptyState dashed>{township ? "本单位企业尚无钢铁行业巡查记录。" : "尚无钢铁行业巡查记录。"}</EmptyState>
        ) : (
          <ol className="space-y-3">
            {rows.map((r) => {
              const state = followUpState(r, now);
              return (
                <Card key={r.id} as="li" className="space-y-2 text-sm" data-testid="steel-inspection">
                  <div className="flex flex-wrap items-baseline gap-x-3">
                    <span className="font-semibold">{formatDate(r.inspectedOn)}</span>
                    <span className="font-semibold">{r.enterprise.name}</span>
                    <span className="text-slate-500">
                      {r.enterprise.creditCode ?? "无信用代码"} · {r.unit.name}
                    </span>
                    <span
                      className={`rounded px-2 py-0.5 text-xs font-medium ${stateClass[state]}`}
                      data-testid="follow-up-state"
                    >
                      {followUpStateLabel[state]}
                    </span>
                  </div>
                  <ul className="grid gap-1 sm:grid-cols-3" aria-label="三条红线检查结果">
                    {RED_LINES.map((x) => (
                      <li key={x.key} className={r[x.key] === "FOUND" ? "text-red-700" : "text-slate-700"}>
                        {x.label}：<strong>{steelCheckLabel[r[x.key]]}</strong>
                        {r[x.note] ? `（${r[x.note]}）` : ""}
                      </li>
                    ))}
                  </ul>
                  <p>
                    <span className="text-slate-500">巡查结论：</span>
                    {r.finding}
                  </p>
                  {r.rectification && (
                    <p>
                      <span className="text-slate-500">整改要求：</span>
                      {r.rectification}（复查期限 {formatDate(r.followUpDue)}）
                    </p>
                  )}
                  {r.followUpDoneOn && (
                    <p>
                      <span className="text-slate-500">复查：</span>
                      {formatDate(r.followUpDoneOn)}，{r.followUpNote}
                    </p>
                  )}
                  {(r.files.length > 0 || writable) && (
                    <FileList title="巡查照片和检查记录" files={r.files} base="/api/steel/files" />
                  )}
                  {writable && (
                    <FileUpload
                      url={`/api/steel/${r.id}/files`}
                      label={`上传${r.enterprise.name}的巡查照片或检查记录`}
                      done="文件已上传"
                    />
                  )}
                  <p className="text-xs text-slate-500">
                    检查人员：{r.inspectors} · {r.recordedBy.department?.name ?? ""}
                    {r.recordedBy.displayName} 登记于 {formatDateTime(r.createdAt)}
                  </p>
                  {writable && r.rectification && !r.followUpDoneOn && (
                    <details>
                      <summary className="cursor-pointer text-brand-700">登记整改复查</summary>
                      <SteelFollowUpForm
                        id={r.id}
                        version={r.version}
                        enterprise={r.enterprise.name}
                        today={today}
                        min={dateInputValue(r.inspectedOn)}
                      />
                    </details>
                  )}
                </Card>
              );
            })}
          </ol>
        )}
        {pages > 1 && (
          <Pagination
            label="巡查记录分页"
            page={page}
            pages={pages}
            total={total}
            href={(p) => withQuery("/tasks/steel", { page: p })}
          />
        )}
      </section>
    </div>
  );
}
