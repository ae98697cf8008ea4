import { SteelFindings } from "@/components/steel/steel-findings";
import { FigureOriginBadge } from "@/components/tasks/figure-origin-badge";
import { leadNames, LineCardHeading, type LineCardLine } from "@/components/tasks/line-card-heading";
import { PaceBadge, ProgressBar } from "@/components/tasks/line-progress";
import { Card } from "@/components/ui/card";
import { FigureLink } from "@/components/ui/figure-link";
import { formatDate } from "@/lib/format";
import { lineRecordsHref } from "@/lib/href";
import { measureLabel } from "@/lib/labels";
import type { SteelSummary } from "@/lib/steel/rules";
import { formatTarget } from "@/lib/tasks/lines";
import { formatAmount, type LineProgress } from "@/lib/tasks/progress";

type Line = LineCardLine & { deadline: Date | null };

/** How much of a line is done: "5家 · 38%", "1/3项 · 33%", "已办理 4件". */
export function achievedText(p: LineProgress, unit: string): string {
  if (p.kind === "COUNT") return `已办理 ${formatAmount(p.achieved, unit)}`;
  const done = p.kind === "ITEMS" ? `${p.achieved}/${p.goal}${unit}` : formatAmount(p.achieved, unit);
  return `${done} · ${p.percent}%`;
}

/** The same words, the amount done being a link to the records it counts (data-figure, docs: drill-down). */
export function AchievedFigure({
  lineId,
  p,
  unit,
  asOf = null,
}: {
  lineId: number;
  p: LineProgress;
  unit: string;
  /** 统计截至 a past day ("YYYY-MM-DD"): the link opens the records as of that day. */
  asOf?: string | null;
}) {
  const amount = p.kind === "ITEMS" ? `${p.achieved}/${p.goal}${unit}` : formatAmount(p.achieved, unit);
  const link = (
    <FigureLink href={lineRecordsHref(lineId, {}, asOf)} figure={p.achieved} inline>
      {amount}
    </FigureLink>
  );
  if (p.kind === "COUNT") return <>已办理 {link}</>;
  return (
    <>
      {link} · {p.percent}%
    </>
  );
}

/** T9's split: each lead department's part, each a link to its cases. */
export type DepartmentPart = { departmentId: number; name: string; count: number };

/** One task line in a list: target, progress to date, pace and last update, linking to its page. */
export function TaskLineCard({
  line,
  progress,
  deadline,
  steel = null,
  parts = [],
  asOf = null,
}: {
  line: Line;
  progress: LineProgress;
  deadline: Date;
  steel?: SteelSummary | null;
  parts?: DepartmentPart[];
  /** 统计截至 a past day: every figure's link carries it. */
  asOf?: string | null;
}) {
  const unit = measureLabel[line.measure];
  return (
    <Card as="li" data-testid={`task-${line.code}`}>
      <LineCardHeading line={line} asOf={asOf}>
        <PaceBadge status={progress.status} />
        <FigureOriginBadge code={line.code} />
      </LineCardHeading>
      <p className="mt-2 text-sm text-slate-700">
        目标：{formatTarget(line, unit)}
        <span className="ml-3 text-slate-500">牵头：{leadNames(line)}</span>
        <span className="ml-3 text-slate-500">期限：{formatDate(deadline)}</span>
      </p>
      <p className="mt-1 text-sm">
        <span className="font-semibold tabular-nums" data-testid="achieved">
          <AchievedFigure lineId={line.id} p={progress} unit={unit} asOf={asOf} />
        </span>
        {parts.length > 0 && (
          <span className="ml-3 text-slate-600" data-testid="department-parts">
            {parts.map((d, i) => (
              <span key={d.departmentId}>
                {i > 0 && "，"}
                {d.name}{" "}
                <FigureLink
                  href={lineRecordsHref(line.id, { departmentId: d.departmentId }, asOf)}
                  figure={d.count}
                  inline
                >
                  {formatAmount(d.count, unit)}
                </FigureLink>
              </span>
            ))}
          </span>
        )}
        <span className="ml-3 text-slate-500">
          最近更新：{progress.lastEntryDate ? formatDate(progress.lastEntryDate) : "尚无进展"}
        </span>
        {steel && <SteelFindings summary={steel} />}
      </p>
      <ProgressBar progress={progress} label={`${line.code}完成进度`} />
    </Card>
  );
}
