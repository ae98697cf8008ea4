import { Badge, type BadgeTone } from "@/components/ui/badge";
import { paceLabel } from "@/lib/labels";
import { type LineProgress, type PaceStatus } from "@/lib/tasks/progress";

const paceTone: Record<PaceStatus, BadgeTone> = {
  DONE: "success",
  ON_PACE: "info",
  BEHIND: "warning",
  OVERDUE: "danger",
  NO_TARGET: "neutral",
};

export function PaceBadge({ status }: { status: PaceStatus }) {
  return (
    <Badge tone={paceTone[status]} data-testid="pace">
      {status === "BEHIND" || status === "OVERDUE" ? "⚠ " : ""}
      {paceLabel[status]}
    </Badge>
  );
}

/** Completion bar with a tick where the elapsed share of the time says the line should be. */
export function ProgressBar({ progress, label }: { progress: LineProgress; label: string }) {
  if (progress.percent === null) return null;
  const width = Math.min(100, progress.percent);
  const color =
    progress.status === "OVERDUE" ? "bg-red-500" : progress.status === "BEHIND" ? "bg-amber-500" : "bg-brand-600";
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={width}
      aria-valuetext={`已完成${progress.percent}%，序时进度${progress.expectedPercent}%`}
      className="relative mt-2 h-2.5 w-full rounded-full bg-slate-200"
    >
      <div className={`h-2.5 rounded-full ${color}`} style={{ width: `${width}%` }} />
      <div
        className="absolute -top-1 h-4.5 w-0.5 bg-slate-700"
        style={{ left: `calc(${progress.expectedPercent}% - 1px)` }}
        title={`序时进度 ${progress.expectedPercent}%`}
      />
    </div>
  );
}
