import Link from "next/link";
import { LazyChart } from "@/components/dashboard/lazy-chart";
import type { ChartSpec } from "@/components/dashboard/chart-spec";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import type { ScoreRow } from "@/lib/assessment/score";

const COLORS = ["#1d4ed8", "#0891b2", "#059669", "#65a30d", "#ca8a04", "#ea580c", "#dc2626", "#7c3aed", "#db2777", "#475569"];

type Ind = { id: number; label: string; maxPoints: number };

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** Each subject's total as a bar stacked from its indicators' points (the table below carries the same figures). */
export function ScoreChart({ indicators, rows }: { indicators: Ind[]; rows: ScoreRow[] }) {
  const spec: ChartSpec = {
    kind: "bar", horizontal: true, stacked: true, categoryKey: "name", categoryLabel: "名称",
    series: indicators.map((ind, i) => ({ key: `i${ind.id}`, label: ind.label, color: COLORS[i % COLORS.length] })),
    data: rows.map((r) => ({ name: r.name, ...Object.fromEntries(r.breakdown.map((c) => [`i${c.indicatorId}`, c.points])) })),
  };
  return <figure aria-label="各指标得分构成"><LazyChart spec={spec} /></figure>;
}

/** The ranking: rank, name, total, each indicator's points (adjusted ones marked), and the reasons on demand. */
export function ScoreTable({ indicators, rows, caption, detailHref }: { indicators: Ind[]; rows: ScoreRow[]; caption: string; detailHref: (subjectId: number) => string }) {
  return (
    <Table bare dense caption={caption} data-testid="score-table" className="min-w-[36rem]">
      <THead className="border-b border-slate-300">
        <Th nowrap>排名</Th>
        <Th nowrap>名称</Th>
        <Th nowrap align="right">总分</Th>
        {indicators.map((i) => <Th key={i.id} align="right" className="min-w-20">{i.label}<span className="block text-xs font-normal text-slate-500">{i.maxPoints} 分</span></Th>)}
      </THead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.subjectId} className="align-top" data-testid="score-row">
            <Td label="排名">{r.rank}</Td>
            <th scope="row" className="text-left font-medium">
              <details>
                <summary className="cursor-pointer whitespace-nowrap">{r.name}</summary>
                <ul className="mt-1 space-y-0.5 text-xs font-normal text-slate-600">
                  {r.breakdown.map((c) => (
                    <li key={c.indicatorId}>{c.label}：{c.detail}{c.adjustment !== 0 && `；调整 ${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）`}</li>
                  ))}
                </ul>
                <Link href={detailHref(r.subjectId)} className={linkClass({ className: "text-xs font-normal" })}>得分明细</Link>
              </details>
            </th>
            <Td label="总分" align="right" className="font-semibold">{points(r.total)}</Td>
            {indicators.map((i) => {
              const c = r.breakdown.find((x) => x.indicatorId === i.id);
              return (
                <Td key={i.id} label={`${i.label}（${i.maxPoints} 分）`} align="right" title={c?.adjustment ? `已调整：${c.reason}` : c?.detail}>
                  {c ? points(c.points) : "—"}{c?.adjustment ? <sup className="text-amber-700">调</sup> : null}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One subject's own score: total, rank, and each indicator with how it was computed. */
export function OwnScore({ row, ranked, label }: { row: ScoreRow; ranked: number; label: string }) {
  return (
    <div className="space-y-3" data-testid="own-score">
      <p className="text-lg">
        {label}<strong className="mx-1">{row.name}</strong>总分 <strong data-testid="own-total" className="text-2xl">{points(row.total)}</strong> 分
        <span className="ml-2 text-slate-600">（第 {row.rank} 名，共 {ranked} 个）</span>
      </p>
      <Table bare dense caption="得分明细">
        <THead className="border-b border-slate-300">
          <Th>指标</Th><Th align="right">满分</Th><Th align="right">得分</Th><Th>计算依据</Th><Th>调整</Th>
        </THead>
        <tbody>
          {row.breakdown.map((c) => (
            <tr key={c.indicatorId}>
              <th scope="row" className="text-left font-medium">{c.label}</th>
              <Td label="满分" align="right">{c.maxPoints}</Td>
              <Td label="得分" align="right" className="font-semibold">{points(c.points)}</Td>
              <Td label="计算依据">{c.detail}</Td>
              <Td label="调整">{c.adjustment ? `${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）` : "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
