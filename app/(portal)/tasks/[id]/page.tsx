import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { AttachmentUpload } from "@/components/tasks/attachment-upload";
import { AdjustLineForm } from "@/components/tasks/adjust-line-form";
import { ItemToggle } from "@/components/tasks/item-toggle";
import { PaceBadge, ProgressBar } from "@/components/tasks/line-progress";
import { ProgressForm } from "@/components/tasks/progress-form";
import { achievedText } from "@/components/tasks/task-line-card";
import { Card, EmptyState } from "@/components/ui/card";
import { intId } from "@/lib/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { pageParam, withQuery } from "@/lib/href";
import { dimensionLabel, measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/task-lines";
import { beijingIsoDay, dateInputValue } from "@/lib/dates";
import { describeEntry, progressOfLine } from "@/lib/task-progress";
import { requireArea } from "@/server/areas";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listUnitNames } from "@/server/units/list-unit-names";

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
  // getTaskLine only returns a department the lines it leads.
  const canRecord = user.role === "DEPARTMENT";
  const units = canRecord && line.measure === "ENTERPRISE" ? await listUnitNames() : [];

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
      </Card>

      {line.items.length > 0 && (
        <Card aria-labelledby="items-title">
          <h2 id="items-title" className="mb-2 font-semibold">重点事项</h2>
          <ul className="space-y-3">
            {line.items.map((item) => (
              <li key={item.id} data-testid={`item-${item.displayOrder}`} className="border-b border-slate-100 pb-3 last:border-0">
                <span className={item.doneAt ? "text-green-700" : "text-slate-700"}>{item.doneAt ? "✔ 已完成" : "○ 未完成"}</span>
                <span className="ml-2 font-medium">{item.title}</span>
                {item.doneAt && <span className="ml-2 text-sm text-slate-500">（{formatDate(item.doneAt)}）</span>}
                {canRecord && <ItemToggle itemId={item.id} title={item.title} done={item.doneAt !== null} today={today} />}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {canRecord && line.measure !== "ITEM" && (
        <Card aria-labelledby="record-title">
          <h2 id="record-title" className="mb-2 font-semibold">登记进展</h2>
          <ProgressForm measure={line.measure} unitLabel={unit} today={today} units={units} mode={{ kind: "record", taskLineId: line.id }} />
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
        <h2 id="history-title" className="mb-2 font-semibold">进展历史（{line.progress.length}条）</h2>
        {line.progress.length === 0 ? (
          <EmptyState dashed>尚无进展记录。</EmptyState>
        ) : (
          <ol className="space-y-3">
            {entries.map((e) => (
              <Card key={e.id} as="li" className="text-sm" data-testid="history-entry">
                <div className="flex flex-wrap gap-x-3">
                  <span className="font-semibold">{formatDate(e.date)}</span>
                  <span className="font-medium">{describeEntry(e, unit)}</span>
                  <span className="text-slate-500">
                    {e.author.department?.name} {e.author.displayName} 登记于 {formatDateTime(e.createdAt)}
                    {e.version > 0 && `，已更正${e.version}次（最后于 ${formatDateTime(e.updatedAt)}）`}
                  </span>
                </div>
                {e.caseNotes.length > 0 && (
                  <ol className="mt-1 list-decimal pl-5">{e.caseNotes.map((c, i) => <li key={i}>{c}</li>)}</ol>
                )}
                {e.enterprises.length > 0 && (
                  <p className="mt-1 text-slate-600">
                    涉及企业：{e.enterprises.map((x) => `${x.enterprise.name}${x.enterprise.creditCode ? `（${x.enterprise.creditCode}）` : ""}`).join("、")}
                  </p>
                )}
                {e.note && <p className="mt-1 whitespace-pre-wrap">{e.note}</p>}
                {e.attachments.length > 0 && (
                  <ul className="mt-1 flex flex-wrap gap-x-4" aria-label="附件">
                    {e.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/tasks/attachments/${a.id}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">📎 {a.originalName}</a>
                        <span className="ml-1 text-xs text-slate-500">{Math.max(1, Math.round(a.size / 1024))} KB</span>
                      </li>
                    ))}
                  </ul>
                )}
                {canRecord && e.author.id === user.id && <AttachmentUpload progressId={e.id} />}
                {canRecord && e.author.id === user.id && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700">更正此条</summary>
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
