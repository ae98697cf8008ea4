import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { SteelFindings } from "@/components/steel/steel-findings";
import { AttachmentUpload } from "@/components/tasks/attachment-upload";
import { AdjustLineForm } from "@/components/tasks/adjust-line-form";
import { ItemToggle } from "@/components/tasks/item-toggle";
import { PaceBadge, ProgressBar } from "@/components/tasks/line-progress";
import { EntryDetails } from "@/components/tasks/entry-details";
import { PendingContributions } from "@/components/tasks/pending-contributions";
import { ProgressForm } from "@/components/tasks/progress-form";
import { SharesForm } from "@/components/tasks/shares-form";
import { UnitTable } from "@/components/tasks/unit-table";
import { achievedText } from "@/components/tasks/task-line-card";
import { Card, EmptyState } from "@/components/ui/card";
import { intId, pageParam } from "@/lib/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { dimensionLabel, measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/task-lines";
import { beijingIsoDay, dateInputValue } from "@/lib/dates";
import { isSteelLine, summariseSteel } from "@/lib/steel/rules";
import { checkShares, contributionStatusLabel, describeEntry, formatAmount, lineEntries, lineWindow, progressOfLine, unitBreakdown } from "@/lib/task-progress";
import { requireArea } from "@/server/areas";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listPendingContributions } from "@/server/tasks/list-pending-contributions";
import { listUnitNames } from "@/server/units/list-unit-names";
import { progressDateDefault } from "@/lib/campaigns/rules";

export const metadata: Metadata = { title: "任务线详情" };

const PAGE_SIZE = 20;

export default async function TaskLinePage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await requireArea("tasks");
  const id = intId.safeParse((await params).id);
  const line = id.success ? await getTaskLine(user, id.data) : null;
  if (!line) notFound();

  const now = new Date();
  const today = beijingIsoDay(now);
  const unit = measureLabel[line.measure];
  const campaign = line.campaign;
  const progress = progressOfLine(line, campaign, now);
  const township = user.role === "TOWNSHIP";
  // Every role reads every line; the lead department (and the office) splits the target and confirms unit contributions.
  const leads = user.role === "OFFICE" || (user.role === "DEPARTMENT" && line.leads.some((l) => l.department.id === user.departmentId));
  // A lead department records its own entries; a township its unit's contributions (not on done/not-done item lines).
  // steel (#12): T10 counts the inspections recorded on its own page, never typed here.
  const steel = isSteelLine(line) ? summariseSteel(line.steelInspections, now) : null;
  const canRecord = !steel && ((user.role === "DEPARTMENT" && leads) || (township && line.measure !== "ITEM"));
  const allUnits = await listUnitNames();
  const shownUnits = township ? allUnits.filter((u) => u.id === user.unitId) : allUnits;
  const units = canRecord && line.measure === "ENTERPRISE" ? shownUnits : [];
  const unitName = new Map(allUnits.map((u) => [u.id, u.name]));
  const rows = unitBreakdown(shownUnits.map((u) => u.id), line.shares, lineEntries(line), lineWindow(line, campaign, now))
    .map((r) => ({ ...r, name: unitName.get(r.unitId) ?? "" }));
  const hasTarget = line.target !== null;
  const sharesCheck = checkShares(line.target, line.atLeast, line.shares.map((x) => x.target), unit);
  const pending = leads ? await listPendingContributions(user, campaign.id, line.id) : [];
  const canEdit = (e: (typeof line.progress)[number]) =>
    township ? e.status !== "CONFIRMED" : user.role === "DEPARTMENT" && leads && e.unitId === null && e.author.id === user.id;
  const own = township ? rows[0] : null;

  const pages = Math.max(1, Math.ceil(line.progress.length / PAGE_SIZE));
  const page = Math.min(pages, pageParam((await searchParams).page));
  const entries = line.progress.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/tasks" className="text-sm text-brand-700 hover:underline">← 返回任务列表</Link>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">{line.code}</span>
          <span className="text-xs text-slate-500">{dimensionLabel[line.dimension]}方面</span>
          <PaceBadge status={progress.status} />
          <HistoryLink role={user.role} entity="TaskLine" entityId={line.id} />
        </div>
        <h1 className="mt-1 text-xl font-semibold">{line.title}</h1>
        <p className="text-sm text-slate-600">牵头：{line.leads.map((l) => l.department.name).join("、")}</p>
      </div>

      {own ? (
        <Card aria-labelledby="summary-title">
          <h2 id="summary-title" className="mb-2 font-semibold">本单位（{user.unit?.name}）承担的部分</h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-4" data-testid="own-part">
            <div><dt className="text-slate-500">本单位分解数</dt><dd className="font-medium">{own.share === null ? (hasTarget ? "未分解" : "无数量目标，记录办理件数") : formatAmount(own.share, unit)}</dd></div>
            <div><dt className="text-slate-500">已确认</dt><dd className="text-lg font-semibold tabular-nums" data-testid="own-confirmed">{formatAmount(own.confirmed, unit)}{own.percent !== null && ` · ${own.percent}%`}</dd></div>
            <div><dt className="text-slate-500">待牵头部门确认</dt><dd className="font-medium tabular-nums">{own.pendingEntries ? `${formatAmount(own.pending, unit)}（${own.pendingEntries}条）` : "无"}</dd></div>
            <div><dt className="text-slate-500">被退回待更正</dt><dd className={`font-medium ${own.returnedEntries ? "text-red-700" : ""}`}>{own.returnedEntries ? `${own.returnedEntries}条` : "无"}</dd></div>
          </dl>
          {own.lagging && <p className="mt-2 text-sm text-amber-900">⚠ 进展较慢：{own.lagReason}</p>}
          <p className="mt-2 text-xs text-slate-500">期限：{formatDate(line.deadline ?? campaign.deadline)}。本单位登记的进展经牵头部门确认后计入任务线进度。</p>
        </Card>
      ) : (
      <Card aria-labelledby="summary-title">
        <h2 id="summary-title" className="sr-only">进度</h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-4">
          <div><dt className="text-slate-500">目标</dt><dd className="font-medium">{formatTarget(line, unit)}</dd></div>
          <div>
            <dt className="text-slate-500">完成期限</dt>
            <dd className="font-medium">{formatDate(line.deadline ?? campaign.deadline)}{line.deadline ? "" : "（年度期限）"}</dd>
          </div>
          <div><dt className="text-slate-500">累计完成</dt><dd className="text-lg font-semibold tabular-nums" data-testid="line-achieved">{achievedText(progress, unit)}</dd></div>
          <div>
            <dt className="text-slate-500">最近更新</dt>
            <dd className="font-medium">{progress.lastEntryDate ? formatDate(progress.lastEntryDate) : "尚无进展"}</dd>
          </div>
        </dl>
        <ProgressBar progress={progress} label={`${line.code}完成进度`} />
        {progress.percent !== null && <p className="mt-1 text-xs text-slate-500">时间进度 {progress.expectedPercent}%（竖线）</p>}
        {progress.kind === "TARGET" && (
          <p className="mt-1 text-sm">
            完成/目标：<span className="font-semibold tabular-nums" data-testid="line-of-target">{progress.achieved}/{progress.goal}{unit}</span>
            <span className="ml-2 text-xs text-slate-500">（牵头部门登记的与各单位经确认的进展合计；待确认的不计入）</span>
          </p>
        )}
      </Card>
      )}

      {steel && (
        <Card aria-labelledby="steel-title">
          <h2 id="steel-title" className="font-semibold">钢铁行业监管巡查</h2>
          <p className="mt-1 text-sm">
            {township ? "本单位企业" : "已"}巡查 <strong className="tabular-nums">{steel.inspections}</strong> 次<SteelFindings summary={steel} />
          </p>
          <p className="mt-1 text-xs text-slate-500">本任务线的进度按巡查记录自动统计（每次巡查计 1 次），无需另行填报。</p>
          <p className="mt-2 text-sm"><Link href="/tasks/steel" className="text-brand-700 hover:underline">{leads ? "登记和查看巡查记录 →" : "查看巡查记录 →"}</Link></p>
        </Card>
      )}

      {!township && (
        <Card aria-labelledby="units-title">
          <h2 id="units-title" className="mb-2 font-semibold">各单位完成情况</h2>
          {sharesCheck.warning && <p className="mb-2 text-sm text-amber-900" role="status">⚠ {sharesCheck.warning}</p>}
          <UnitTable rows={rows} unitLabel={unit} hasTarget={hasTarget} goal={hasTarget ? Number(line.target) : null} />
          <p className="mt-1 text-xs text-slate-500">“进展较慢”与全区总览相同：已确认完成率低于时间进度{campaign.lagThresholdPoints}个百分点以上（仅对有分解数的单位）。</p>
        </Card>
      )}

      {leads && (
        <section aria-labelledby="pending-title" id="pending" className="space-y-2">
          <h2 id="pending-title" className="font-semibold">待确认的单位进展（{pending.length}条）</h2>
          <PendingContributions rows={pending} showLine={false} />
        </section>
      )}

      {leads && hasTarget && (
        <Card aria-labelledby="shares-title">
          <details>
            <summary id="shares-title" className="cursor-pointer font-semibold">分解目标到各单位</summary>
            <div className="mt-3">
              <SharesForm taskLineId={line.id} unitLabel={unit}
                units={allUnits.map((u) => ({ id: u.id, name: u.name, share: rows.find((r) => r.unitId === u.id)?.share?.toString() ?? "" }))} />
            </div>
          </details>
        </Card>
      )}

      {line.items.length > 0 && (
        <Card aria-labelledby="items-title">
          <h2 id="items-title" className="mb-2 font-semibold">重点事项</h2>
          <ul className="space-y-3">
            {line.items.map((item) => (
              <li key={item.id} data-testid={`item-${item.displayOrder}`} className="border-b border-slate-100 pb-3 last:border-0">
                <span className={item.doneAt ? "text-green-700" : "text-slate-700"}>{item.doneAt ? "✔ 已完成" : "○ 未完成"}</span>
                <span className="ml-2 font-medium">{item.title}</span>
                {item.doneAt && <span className="ml-2 text-sm text-slate-500">（{formatDate(item.doneAt)}）</span>}
                {user.role === "DEPARTMENT" && leads && <ItemToggle itemId={item.id} title={item.title} done={item.doneAt !== null} today={today} />}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {canRecord && line.measure !== "ITEM" && (
        <Card aria-labelledby="record-title">
          <h2 id="record-title" className="mb-2 font-semibold">{township ? "登记本单位进展" : "登记进展"}</h2>
          {township && <p className="mb-2 text-sm text-slate-600">登记后由牵头部门确认，确认后计入任务线进度。{line.measure === "CASE" ? "无数量目标的任务线逐件登记本单位办理的案件。" : ""}</p>}
          <ProgressForm measure={line.measure} unitLabel={unit} today={today} defaultDate={progressDateDefault(campaign, now)} units={units} mode={{ kind: "record", taskLineId: line.id }} />
        </Card>
      )}

      {user.role === "OFFICE" && (
        <Card aria-labelledby="adjust-title">
          <h2 id="adjust-title" className="mb-2 font-semibold">调整目标或期限</h2>
          <AdjustLineForm
            taskLineId={line.id} version={line.version} unitLabel={unit}
            target={line.target === null ? null : String(Number(line.target))}
            deadline={dateInputValue(line.deadline)} campaignDeadline={formatDate(campaign.deadline)}
          />
        </Card>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-2 font-semibold">{township ? "本单位登记的进展" : "进展历史"}（{line.progress.length}条）</h2>
        {line.progress.length === 0 ? (
          <EmptyState dashed>尚无进展记录。</EmptyState>
        ) : (
          <ol className="space-y-3">
            {entries.map((e) => (
              <Card key={e.id} as="li" className="text-sm" data-testid="history-entry">
                <div className="flex flex-wrap gap-x-3">
                  <span className="font-semibold">{formatDate(e.date)}</span>
                  {e.unit && <span className="font-semibold">{e.unit.name}</span>}
                  <span className="font-medium">{describeEntry(e, unit)}</span>
                  {e.status && (
                    <span data-testid="entry-status" className={`rounded px-2 py-0.5 text-xs font-medium ${
                      e.status === "CONFIRMED" ? "bg-green-100 text-green-800" : e.status === "RETURNED" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}>
                      {contributionStatusLabel[e.status]}
                    </span>
                  )}
                  <span className="text-slate-500">
                    {e.author.department?.name} {e.author.displayName} 登记于 {formatDateTime(e.createdAt)}
                    {e.version > 0 && `，已更正${e.version}次（最后于 ${formatDateTime(e.updatedAt)}）`}
                    {e.status === "CONFIRMED" && e.confirmedBy && `，${e.confirmedBy.department?.name ?? ""}${e.confirmedBy.displayName} 确认于 ${e.confirmedAt ? formatDateTime(e.confirmedAt) : ""}`}
                  </span>
                </div>
                {e.status === "RETURNED" && (
                  <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2 py-1 text-red-800">退回理由：{e.returnReason}{township ? "（请更正后重新提交）" : ""}</p>
                )}
                <EntryDetails e={e} />
                {canEdit(e) && <AttachmentUpload progressId={e.id} />}
                {canEdit(e) && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700">{e.status === "RETURNED" ? "更正并重新提交" : "更正此条"}</summary>
                    <div className="mt-2">
                      <ProgressForm measure={line.measure} unitLabel={unit} today={today} units={units} mode={{
                        kind: "correct", progressId: e.id, version: e.version, itemEntry: e.itemId !== null,
                        initial: {
                          date: dateInputValue(e.date), value: String(Number(e.value)), note: e.note, caseNotes: e.caseNotes,
                          enterprises: e.enterprises.map((x) => x.enterprise), done: Number(e.value) > 0,
                        },
                      }} />
                    </div>
                  </details>
                )}
              </Card>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <div className="mt-3">
            <Pagination label="历史分页" page={page} pages={pages} total={line.progress.length} href={(p) => withQuery(`/tasks/${line.id}`, { page: p })} />
          </div>
        )}
      </section>
    </div>
  );
}
