import { Pagination } from "@/components/pagination";
import { AttachmentUpload } from "@/components/tasks/attachment-upload";
import { EntryDetails } from "@/components/tasks/entry-details";
import { ProgressForm } from "@/components/tasks/progress-form";
import { Card, EmptyState } from "@/components/ui/card";
import { dateInputValue } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { contributionStatusLabel } from "@/lib/labels";
import { describeEntry } from "@/lib/tasks/progress";
import type { getTaskLine } from "@/server/tasks/get-task-line";

type Line = NonNullable<Awaited<ReturnType<typeof getTaskLine>>>;
type Entry = Line["progress"][number];

/** A line's entries, newest first, one page at a time; whoever may correct an entry gets its form and file upload. */
export function TaskLineHistory({
  line,
  entries,
  page,
  pages,
  unit,
  today,
  units,
  ownUnitOnly,
  mayCorrect,
  historyOnly = false,
}: {
  line: Line;
  entries: Entry[];
  page: number;
  pages: number;
  unit: string;
  today: string;
  units: { id: number; name: string }[];
  ownUnitOnly: boolean;
  mayCorrect: (e: Entry) => boolean;
  /** A computed line (lib/tasks/line-source.ts): its typed entries are kept as history and not counted. */
  historyOnly?: boolean;
}) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-2 font-semibold">
        {historyOnly ? "填报的历史进展" : ownUnitOnly ? "本单位登记的进展" : "进展历史"}（{line.progress.length}条）
      </h2>
      {historyOnly && line.progress.length > 0 && (
        <p className="mb-2 text-sm text-slate-600" data-testid="typed-history-note">
          以下是本重点工作任务改为系统统计之前填报的进展，保留备查，不计入进度。
        </p>
      )}
      {line.progress.length === 0 ? (
        <EmptyState dashed>{historyOnly ? "没有填报的历史进展。" : "尚无进展记录。"}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {entries.map((e) => (
            <Card key={e.id} as="li" className="text-sm" data-testid="history-entry">
              <div className="flex flex-wrap gap-x-3">
                <span className="font-semibold">{formatDate(e.date)}</span>
                {e.unit && <span className="font-semibold">{e.unit.name}</span>}
                <span className="font-medium">{describeEntry(e, unit)}</span>
                {historyOnly && (
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">历史填报，不计入</span>
                )}
                {e.status && (
                  <span
                    data-testid="entry-status"
                    className={`rounded px-2 py-0.5 text-xs font-medium ${
                      e.status === "CONFIRMED"
                        ? "bg-green-100 text-green-800"
                        : e.status === "RETURNED"
                          ? "bg-red-100 text-red-800"
                          : "bg-amber-100 text-amber-900"
                    }`}
                  >
                    {contributionStatusLabel[e.status]}
                  </span>
                )}
                <span className="text-slate-500">
                  {e.author.department?.name} {e.author.displayName} 登记于 {formatDateTime(e.createdAt)}
                  {e.version > 0 && `，已更正${e.version}次（最后于 ${formatDateTime(e.updatedAt)}）`}
                  {e.status === "CONFIRMED" &&
                    e.confirmedBy &&
                    `，${e.confirmedBy.department?.name ?? ""}${e.confirmedBy.displayName} 确认于 ${e.confirmedAt ? formatDateTime(e.confirmedAt) : ""}`}
                </span>
              </div>
              {e.status === "RETURNED" && (
                <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2 py-1 text-red-800">
                  退回理由：{e.returnReason}
                  {ownUnitOnly ? "（请更正后重新提交）" : ""}
                </p>
              )}
              <EntryDetails e={e} />
              {mayCorrect(e) && <AttachmentUpload progressId={e.id} />}
              {mayCorrect(e) && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700">
                    {e.status === "RETURNED" ? "更正并重新提交" : "更正此条"}
                  </summary>
                  <div className="mt-2">
                    <ProgressForm
                      measure={line.measure}
                      unitLabel={unit}
                      today={today}
                      units={units}
                      mode={{
                        kind: "correct",
                        progressId: e.id,
                        version: e.version,
                        itemEntry: e.itemId !== null,
                        initial: {
                          date: dateInputValue(e.date),
                          value: String(Number(e.value)),
                          note: e.note,
                          caseNotes: e.caseNotes,
                          enterprises: e.enterprises.map((x) => x.enterprise),
                          done: Number(e.value) > 0,
                        },
                      }}
                    />
                  </div>
                </details>
              )}
            </Card>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <div className="mt-3">
          <Pagination
            label="历史分页"
            page={page}
            pages={pages}
            total={line.progress.length}
            href={(p) => withQuery(`/tasks/${line.id}`, { page: p })}
          />
        </div>
      )}
    </section>
  );
}
