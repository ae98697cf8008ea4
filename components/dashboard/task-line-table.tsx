import { CompletionBadge } from "@/components/dashboard/headline-cards";
import { SteelFindings } from "@/components/steel/steel-findings";
import { Card } from "@/components/ui/card";
import { formatDate, formatPercent } from "@/lib/format";
import { measureLabel } from "@/lib/labels";
import { formatTarget } from "@/lib/task-lines";
import type { Dashboard } from "@/server/dashboard/get-dashboard";

/** The lead departments' task lines: target, progress to date, % and the last update. */
export function TaskLineTable({ lines, ended = false }: { lines: Dashboard["taskLines"]; ended?: boolean }) {
  if (lines.length === 0) return <p className="text-sm text-slate-500">本年度方案没有重点工作任务线。</p>;
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <table className="stack-sm w-full min-w-[40rem] text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2" aria-label="重点工作任务进展">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col">任务</th>
            <th scope="col">牵头部门</th>
            <th scope="col">目标</th>
            <th scope="col" className="text-right">进展</th>
            <th scope="col" className="text-right">完成率</th>
            <th scope="col">最近更新</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const unit = measureLabel[l.measure];
            return (
              <tr key={l.id} className="border-t border-slate-100" data-testid={`taskline-${l.code}`}>
                <th scope="row" className="text-left font-normal">
                  <span className="mr-1 text-xs font-semibold text-brand-700">{l.code}</span>{l.title}
                  {l.steel && <SteelFindings summary={l.steel} />}
                </th>
                <td data-label="牵头部门">{l.leads.join("、")}</td>
                <td data-label="目标">{formatTarget(l, unit)}</td>
                <td data-label="进展" className="whitespace-nowrap text-right tabular-nums">{l.outOf === null ? `${l.progress}${unit}` : `${l.progress}/${l.outOf}${unit}`}</td>
                <td data-label="完成率" className="whitespace-nowrap text-right tabular-nums">
                  {l.percent === null ? "—" : formatPercent(l.percent)}
                  {ended && l.outOf !== null && <CompletionBadge complete={l.progress >= l.outOf} />}
                </td>
                <td data-label="最近更新" className="whitespace-nowrap">{l.lastUpdate ? formatDate(l.lastUpdate) : "尚未填报"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
