// How a task line's target reads: "13家", "1200亩以上", or the kind of record kept when it has none.
type TargetLine = { target: { toString(): string } | null; atLeast: boolean; measure: string; items?: unknown[] };

export function formatTarget(line: TargetLine, unitLabel: string): string {
  if (line.target === null) {
    if (line.items && line.items.length > 0) return `${line.items.length}项重点任务（完成/未完成）`;
    return `无数量目标，记录办理${unitLabel}数`;
  }
  return `${Number(line.target.toString())}${unitLabel}${line.atLeast ? "以上" : ""}`;
}
