import { FigureOriginBadge } from "@/components/tasks/figure-origin-badge";
import { leadNames, LineCardHeading, type LineCardLine } from "@/components/tasks/line-card-heading";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FigureLink } from "@/components/ui/figure-link";
import { linkClass } from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { lineRecordsHref } from "@/lib/href";
import { measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/tasks/lines";
import { formatAmount, type UnitRow } from "@/lib/tasks/progress";

/** A township's part of one line: its share, what is confirmed, pending and returned. */
export function TownshipLineCard({
  line,
  part,
  deadline,
  asOf = null,
}: {
  line: LineCardLine;
  part: UnitRow;
  deadline: Date;
  /** 统计截至 a past day: the figure's link carries it. */
  asOf?: string | null;
}) {
  const unit = measureLabel[line.measure];
  return (
    <Card as="li" data-testid={`task-${line.code}`}>
      <LineCardHeading line={line} meta={` · 牵头：${leadNames(line)}`} asOf={asOf}>
        <FigureOriginBadge code={line.code} />
        {part.lagging && <Badge tone="warning">⚠ 进展较慢</Badge>}
        {part.returnedEntries > 0 && <Badge tone="danger">{part.returnedEntries}条被退回</Badge>}
      </LineCardHeading>
      <p className="mt-2 text-sm text-slate-700">
        全区目标：{formatTarget(line, unit)}
        <span className="ml-3">本单位分解数：{part.share === null ? "—" : formatAmount(part.share, unit)}</span>
        <span className="ml-3 text-slate-500">期限：{formatDate(deadline)}</span>
      </p>
      <p className="mt-1 text-sm" data-testid="own-part">
        已确认{" "}
        <FigureLink
          href={lineRecordsHref(line.id, { unitId: part.unitId }, asOf)}
          figure={part.confirmed}
          className={linkClass({ inline: true, className: "font-semibold tabular-nums" })}
        >
          {formatAmount(part.confirmed, unit)}
        </FigureLink>
        {part.percent !== null && <span className="tabular-nums"> · {part.percent}%</span>}
        <span className="ml-3 text-slate-600">
          待确认 {part.pendingEntries ? `${formatAmount(part.pending, unit)}（${part.pendingEntries}条）` : "无"}
        </span>
      </p>
    </Card>
  );
}
