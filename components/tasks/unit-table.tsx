import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatAmount, type UnitRow } from "@/lib/tasks/progress";

type Row = UnitRow & { name: string };

/** The line unit by unit: share, confirmed, pending, returned, slow units flagged like the annex. */
export function UnitTable({
  rows,
  unitLabel,
  hasTarget,
  goal,
}: {
  rows: Row[];
  unitLabel: string;
  hasTarget: boolean;
  goal: number | null;
}) {
  const total = (k: "confirmed" | "pending") => rows.reduce((s, r) => s + r[k], 0);
  const shareSum = rows.reduce((s, r) => s + (r.share ?? 0), 0);
  const amount = (v: number) => formatAmount(v, unitLabel);
  return (
    <Table bare label="各单位完成情况" className="min-w-[36rem]">
      <THead className="bg-slate-50">
        <Th>单位</Th>
        {hasTarget && <Th align="right">分解数</Th>}
        <Th align="right">已确认</Th>
        {hasTarget && <Th align="right">完成率</Th>}
        <Th align="right">待确认</Th>
        <Th align="right">已退回</Th>
        <Th>进度</Th>
      </THead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unitId} data-testid={`unit-row-${r.name}`} className={r.lagging ? "bg-amber-50" : undefined}>
            <th scope="row" className="text-left font-medium">
              {r.name}
            </th>
            {hasTarget && (
              <Td label="分解数" align="right" numeric>
                {r.share === null ? "—" : amount(r.share)}
              </Td>
            )}
            <Td label="已确认" align="right" numeric data-testid="confirmed">
              {amount(r.confirmed)}
            </Td>
            {hasTarget && (
              <Td label="完成率" align="right" numeric>
                {r.percent === null ? "—" : `${r.percent}%`}
              </Td>
            )}
            <Td label="待确认" align="right" numeric data-testid="pending">
              {r.pendingEntries ? `${amount(r.pending)}（${r.pendingEntries}条）` : "—"}
            </Td>
            <Td label="已退回" align="right" numeric>
              {r.returnedEntries ? `${r.returnedEntries}条` : "—"}
            </Td>
            <Td label="进度" className="text-amber-900">
              {r.lagging ? `⚠ 进展较慢（${r.lagReason}）` : ""}
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" className="text-left">
            各单位合计
          </th>
          {hasTarget && (
            <Td label="分解数" align="right" numeric>
              {amount(shareSum)}
              {goal !== null && <span className="font-normal text-slate-500">／目标{amount(goal)}</span>}
            </Td>
          )}
          <Td label="已确认" align="right" numeric>
            {amount(total("confirmed"))}
          </Td>
          {hasTarget && <td />}
          <Td label="待确认" align="right" numeric>
            {amount(total("pending"))}
          </Td>
          <td colSpan={2} />
        </tr>
      </tfoot>
    </Table>
  );
}
