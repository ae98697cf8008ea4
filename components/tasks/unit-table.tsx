import { formatAmount, type UnitRow } from "@/lib/task-progress";

type Row = UnitRow & { name: string };

/** The line unit by unit: share, confirmed, pending, returned, slow units flagged like the annex. */
export function UnitTable({ rows, unitLabel, hasTarget, goal }: { rows: Row[]; unitLabel: string; hasTarget: boolean; goal: number | null }) {
  const total = (k: "confirmed" | "pending") => rows.reduce((s, r) => s + r[k], 0);
  const shareSum = rows.reduce((s, r) => s + (r.share ?? 0), 0);
  const amount = (v: number) => formatAmount(v, unitLabel);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm" aria-label="各单位完成情况">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className="py-1.5 pr-3 font-medium">单位</th>
            {hasTarget && <th scope="col" className="py-1.5 pr-3 text-right font-medium">分解数</th>}
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">已确认</th>
            {hasTarget && <th scope="col" className="py-1.5 pr-3 text-right font-medium">完成率</th>}
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">待确认</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">已退回</th>
            <th scope="col" className="py-1.5 font-medium">进度</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} data-testid={`unit-row-${r.name}`} className={`border-b border-slate-100 ${r.lagging ? "bg-amber-50" : ""}`}>
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">{r.name}</th>
              {hasTarget && <td className="py-1.5 pr-3 text-right tabular-nums">{r.share === null ? "—" : amount(r.share)}</td>}
              <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="confirmed">{amount(r.confirmed)}</td>
              {hasTarget && <td className="py-1.5 pr-3 text-right tabular-nums">{r.percent === null ? "—" : `${r.percent}%`}</td>}
              <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="pending">{r.pendingEntries ? `${amount(r.pending)}（${r.pendingEntries}条）` : "—"}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{r.returnedEntries ? `${r.returnedEntries}条` : "—"}</td>
              <td className="py-1.5 text-amber-900">{r.lagging ? `⚠ 进展较慢（${r.lagReason}）` : ""}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="py-1.5 pr-3 text-left">各单位合计</th>
            {hasTarget && <td className="py-1.5 pr-3 text-right tabular-nums">{amount(shareSum)}{goal !== null && <span className="font-normal text-slate-500">／目标{amount(goal)}</span>}</td>}
            <td className="py-1.5 pr-3 text-right tabular-nums">{amount(total("confirmed"))}</td>
            {hasTarget && <td />}
            <td className="py-1.5 pr-3 text-right tabular-nums">{amount(total("pending"))}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
