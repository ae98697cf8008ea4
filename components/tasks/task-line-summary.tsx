import { ProgressBar } from "@/components/tasks/line-progress";
import { AchievedFigure } from "@/components/tasks/task-line-card";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { formatTarget } from "@/lib/tasks/lines";
import { formatAmount, type LineProgress, type UnitRow } from "@/lib/tasks/progress";

/** A township's part of a task line: its share, what the lead department confirmed, what waits or came back. */
export function OwnPartCard({
  unitName,
  own,
  hasTarget,
  unit,
  deadline,
}: {
  unitName: string | undefined;
  own: UnitRow;
  hasTarget: boolean;
  unit: string;
  deadline: Date;
}) {
  return (
    <Card aria-labelledby="summary-title">
      <h2 id="summary-title" className="mb-2 font-semibold">
        本单位（{unitName}）承担的部分
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-4" data-testid="own-part">
        <div>
          <dt className="text-slate-500">本单位分解数</dt>
          <dd className="font-medium">
            {own.share === null ? (hasTarget ? "未分解" : "无数量目标，记录办理件数") : formatAmount(own.share, unit)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">已确认</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="own-confirmed">
            {formatAmount(own.confirmed, unit)}
            {own.percent !== null && ` · ${own.percent}%`}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">待牵头部门确认</dt>
          <dd className="font-medium tabular-nums">
            {own.pendingEntries ? `${formatAmount(own.pending, unit)}（${own.pendingEntries}条）` : "无"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">被退回待更正</dt>
          <dd className={`font-medium ${own.returnedEntries ? "text-red-700" : ""}`}>
            {own.returnedEntries ? `${own.returnedEntries}条` : "无"}
          </dd>
        </div>
      </dl>
      {own.lagging && <p className="mt-2 text-sm text-amber-900">⚠ 进展较慢：{own.lagReason}</p>}
      <p className="mt-2 text-xs text-slate-500">
        期限：{formatDate(deadline)}。本单位登记的进展经牵头部门确认后计入重点工作任务进度。
      </p>
    </Card>
  );
}

/** The whole line's target, deadline, achievement and pace. */
export function LineSummaryCard({
  line,
  progress,
  unit,
  campaignDeadline,
  asOf = null,
}: {
  line: {
    id: number;
    code: string;
    deadline: Date | null;
    target: { toString(): string } | null;
    atLeast: boolean;
    measure: string;
    items: unknown[];
  };
  progress: LineProgress;
  unit: string;
  campaignDeadline: Date;
  /** 统计截至 of the page (a past day): the figure's list is of that day too. */
  asOf?: string | null;
}) {
  return (
    <Card aria-labelledby="summary-title">
      <h2 id="summary-title" className="sr-only">
        进度
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">目标</dt>
          <dd className="font-medium">{formatTarget(line, unit)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">完成期限</dt>
          <dd className="font-medium">
            {formatDate(line.deadline ?? campaignDeadline)}
            {line.deadline ? "" : "（年度期限）"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">累计完成</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="line-achieved">
            <AchievedFigure lineId={line.id} p={progress} unit={unit} asOf={asOf} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">最近更新</dt>
          <dd className="font-medium">{progress.lastEntryDate ? formatDate(progress.lastEntryDate) : "尚无进展"}</dd>
        </div>
      </dl>
      <ProgressBar progress={progress} label={`${line.code}完成进度`} />
      {progress.percent !== null && (
        <p className="mt-1 text-xs text-slate-500">序时进度 {progress.expectedPercent}%（竖线）</p>
      )}
      {progress.kind === "TARGET" && (
        <p className="mt-1 text-sm">
          完成/目标：
          <span className="font-semibold tabular-nums" data-testid="line-of-target">
            {progress.achieved}/{progress.goal}
            {unit}
          </span>
          <span className="ml-2 text-xs text-slate-500">
            （牵头部门登记的与各单位经确认的进展合计；待确认的不计入）
          </span>
        </p>
      )}
    </Card>
  );
}
