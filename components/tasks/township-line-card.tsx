import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { dimensionLabel, measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/tasks/lines";
import { formatAmount, type UnitRow } from "@/lib/tasks/progress";

type Line = {
  id: number;
  code: string;
  dimension: keyof typeof dimensionLabel;
  title: string;
  measure: keyof typeof measureLabel;
  target: { toString(): string } | null;
  atLeast: boolean;
  items: unknown[];
  leads: { department: { name: string } }[];
};

/** A township's part of one line: its share, what is confirmed, pending and returned. */
export function TownshipLineCard({ line, part, deadline }: { line: Line; part: UnitRow; deadline: Date }) {
  const unit = measureLabel[line.measure];
  return (
    <Card as="li" data-testid={`task-${line.code}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Badge tone="brand" className="font-semibold">
          {line.code}
        </Badge>
        <span className="text-xs text-slate-500">
          {dimensionLabel[line.dimension]}方面 · 牵头：{line.leads.map((l) => l.department.name).join("、")}
        </span>
        {part.lagging && <Badge tone="warning">⚠ 进展较慢</Badge>}
        {part.returnedEntries > 0 && <Badge tone="danger">{part.returnedEntries}条被退回</Badge>}
        <h3 className="w-full font-medium">
          <Link href={`/tasks/${line.id}`} className={linkClass()}>
            {line.title}
          </Link>
        </h3>
      </div>
      <p className="mt-2 text-sm text-slate-700">
        全区目标：{formatTarget(line, unit)}
        <span className="ml-3">本单位分解数：{part.share === null ? "—" : formatAmount(part.share, unit)}</span>
        <span className="ml-3 text-slate-500">期限：{formatDate(deadline)}</span>
      </p>
      <p className="mt-1 text-sm" data-testid="own-part">
        已确认 <span className="font-semibold tabular-nums">{formatAmount(part.confirmed, unit)}</span>
        {part.percent !== null && <span className="tabular-nums"> · {part.percent}%</span>}
        <span className="ml-3 text-slate-600">
          待确认 {part.pendingEntries ? `${formatAmount(part.pending, unit)}（${part.pendingEntries}条）` : "无"}
        </span>
      </p>
    </Card>
  );
}
