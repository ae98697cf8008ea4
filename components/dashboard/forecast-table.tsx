import { Card } from "@/components/ui/card";
import { CATEGORIES, formatQuota } from "@/lib/annex";
import type { UnitRow } from "@/lib/dashboard";
import { categoryLabel } from "@/lib/labels";

/** At the pace so far, how many each unit will have accepted by the deadline; shortfalls flagged. */
export function ForecastTable({ rows }: { rows: UnitRow[] }) {
  const withQuota = rows.filter((r) => CATEGORIES.some((c) => r.quotas[c] !== null));
  if (withQuota.length === 0) return <p className="text-sm text-slate-500">没有承担目标任务的单位。</p>;
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <table className="stack-sm w-full min-w-[32rem] text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_th]:px-3 [&_th]:py-2" aria-label="按当前进度预测">
        <caption className="sr-only">按当前进度预测截止时完成数（“/”表示无该项任务）</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col">单位</th>
            {CATEGORIES.map((c) => <th key={c} scope="col" className="text-right">{categoryLabel[c]}：预计 / 目标</th>)}
          </tr>
        </thead>
        <tbody>
          {withQuota.map((r) => (
            <tr key={r.unitId} className="border-t border-slate-100" data-testid={`forecast-${r.unitId}`}>
              <th scope="row" className="text-left font-normal">{r.name}</th>
              {CATEGORIES.map((c) => {
                const { target, forecast } = r.figures[c];
                if (target === null) return <td key={c} data-label={`${categoryLabel[c]}：预计 / 目标`}>/</td>;
                const short = (forecast.shortfall ?? 0) > 0;
                return (
                  <td key={c} data-label={`${categoryLabel[c]}：预计 / 目标`} className="tabular-nums">
                    {forecast.projected ?? "—"} / {formatQuota(target)}
                    {short && <span className="ml-2 text-xs font-semibold text-amber-800">预计缺口 {forecast.shortfall}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
