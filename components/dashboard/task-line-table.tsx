import { CompletionBadge } from "@/components/dashboard/headline-cards";
import { SteelFindings } from "@/components/steel/steel-findings";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { formatDate, formatPercent } from "@/lib/format";
import { measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/tasks/lines";
import type { Dashboard } from "@/server/dashboard/get-dashboard";

/** The lead departments' task lines: target, progress to date, % and the last update. */
export function TaskLineTable({ lines, ended = false }: { lines: Dashboard["taskLines"]; ended?: boolean }) {
  if (lines.length === 0) return <p className="text-sm text-slate-500">本年度方案没有重点工作任务。</p>;
  return (
    <Table label="重点工作任务进展" className="min-w-[40rem]">
      <THead>
        <Th>任务</Th>
        <Th>牵头部门</Th>
        <Th>目标</Th>
        <Th align="right">进展</Th>
        <Th align="right">完成率</Th>
        <Th>最近更新</Th>
      </THead>
      <tbody>
        {lines.map((l) => {
          const unit = measureLabel[l.measure];
          return (
            <tr key={l.id} data-testid={`taskline-${l.code}`}>
              <RowHeader>
                <Badge tone="brand" className="mr-1 font-semibold">
                  {l.code}
                </Badge>
                {l.title}
                {l.steel && <SteelFindings summary={l.steel} />}
              </RowHeader>
              <Td label="牵头部门">{l.leads.join("、")}</Td>
              <Td label="目标">{formatTarget(l, unit)}</Td>
              <Td label="进展" align="right" nowrap numeric>
                {l.outOf === null ? `${l.progress}${unit}` : `${l.progress}/${l.outOf}${unit}`}
              </Td>
              <Td label="完成率" align="right" nowrap numeric>
                {l.percent === null ? "—" : formatPercent(l.percent)}
                {ended && l.outOf !== null && <CompletionBadge complete={l.progress >= l.outOf} />}
              </Td>
              <Td label="最近更新" nowrap>
                {l.lastUpdate ? formatDate(l.lastUpdate) : "尚未填报"}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
