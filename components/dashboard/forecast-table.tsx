import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { CATEGORIES, formatQuota } from "@/lib/campaigns/annex";
import type { UnitRow } from "@/lib/dashboard/pace";
import { categoryLabel } from "@/lib/labels";

/** At the pace so far, how many each unit will have accepted by the deadline; shortfalls flagged. */
export function ForecastTable({ rows }: { rows: UnitRow[] }) {
  const withQuota = rows.filter((r) => CATEGORIES.some((c) => r.quotas[c] !== null));
  if (withQuota.length === 0) return <p className="text-sm text-slate-500">没有承担目标任务的单位。</p>;
  return (
    <Table label="按当前进度预测" caption="按当前进度预测截止时完成数（“/”表示无该项任务）" className="min-w-[32rem]">
      <THead>
        <Th>单位</Th>
        {CATEGORIES.map((c) => (
          <Th key={c} align="right">
            {categoryLabel[c]}：预计 / 目标
          </Th>
        ))}
      </THead>
      <tbody>
        {withQuota.map((r) => (
          <tr key={r.unitId} data-testid={`forecast-${r.unitId}`}>
            <RowHeader>{r.name}</RowHeader>
            {CATEGORIES.map((c) => {
              const { target, forecast } = r.figures[c];
              const label = `${categoryLabel[c]}：预计 / 目标`;
              if (target === null)
                return (
                  <Td key={c} label={label} align="right">
                    /
                  </Td>
                );
              const short = (forecast.shortfall ?? 0) > 0;
              return (
                <Td key={c} label={label} align="right" numeric>
                  {forecast.projected ?? "—"} / {formatQuota(target)}
                  {short && (
                    <span className="ml-2 text-xs font-semibold text-amber-800">预计缺口 {forecast.shortfall}</span>
                  )}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
