import Link from "next/link";
import { LazyChart } from "@/components/dashboard/lazy-chart";
import type { ChartSpec } from "@/components/dashboard/chart-spec";
import { applicableMax, NOT_RANKED, weightedPoints, type ScoreRow } from "@/lib/assessment/score";
import { SCHEME_TOTAL } from "@/lib/assessment/scheme";

const COLORS = ["#1d4ed8", "#0891b2", "#059669", "#65a30d", "#ca8a04", "#ea580c", "#dc2626", "#7c3aed", "#db2777", "#475569"];

type Ind = { id: number; label: string; maxPoints: number };

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const NOT_APPLICABLE = "不适用";

/** Each ranked subject's total as a bar stacked from its indicators' shares of it (rescaled like the total; the table below carries the points). */
export function ScoreChart({ indicators, rows }: { indicators: Ind[]; rows: ScoreRow[] }) {
  const spec: ChartSpec = {
    kind: "bar", horizontal: true, stacked: true, categoryKey: "name", categoryLabel: "名称",
    series: indicators.map((ind, i) => ({ key: `i${ind.id}`, label: ind.label, color: COLORS[i % COLORS.length] })),
    data: rows.filter((r) => r.total !== null)
      .map((r) => ({ name: r.name, ...Object.fromEntries(r.breakdown.map((c) => [`i${c.indicatorId}`, weightedPoints(c, r.breakdown) ?? 0])) })),
  };
  return <figure aria-label="各指标得分构成"><LazyChart spec={spec} /></figure>;
}

/** The ranking: rank, name, total, each indicator's points (adjusted ones marked), and the reasons on demand. */
export function ScoreTable({ indicators, rows, caption, detailHref }: { indicators: Ind[]; rows: ScoreRow[]; caption: string; detailHref: (subjectId: number) => string }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="score-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="whitespace-nowrap px-2 py-1">排名</th>
            <th scope="col" className="whitespace-nowrap px-2 py-1">名称</th>
            <th scope="col" className="whitespace-nowrap px-2 py-1 text-right">总分</th>
            {indicators.map((i) => <th key={i.id} scope="col" className="min-w-20 px-2 py-1 text-right">{i.label}<span className="block text-xs font-normal text-slate-500">{i.maxPoints} 分</span></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.subjectId} className="border-b border-slate-100 align-top" data-testid="score-row">
              <td className="px-2 py-1" title={r.rank === null ? NOT_RANKED : undefined}>{r.rank ?? "—"}</td>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                <details>
                  <summary className="cursor-pointer whitespace-nowrap">
                    {r.name}{r.rank === null && <span className="ml-1 text-xs font-normal text-slate-500" data-testid="not-ranked">{NOT_RANKED}</span>}
                  </summary>
                  <ul className="mt-1 space-y-0.5 text-xs font-normal text-slate-600">
                    {r.breakdown.map((c) => (
                      <li key={c.indicatorId}>{c.label}：{c.detail}{c.adjustment !== 0 && `；调整 ${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）${c.points === null ? "，不适用，未计入" : ""}`}</li>
                    ))}
                  </ul>
                  <Link href={detailHref(r.subjectId)} className="text-xs font-normal text-brand-700 underline">得分明细</Link>
                </details>
              </th>
              <td className="px-2 py-1 text-right font-semibold">{r.total === null ? "—" : points(r.total)}</td>
              {indicators.map((i) => {
                const c = r.breakdown.find((x) => x.indicatorId === i.id);
                return (
                  <td key={i.id} className="px-2 py-1 text-right" title={c?.points === null ? `${NOT_APPLICABLE}：${c.detail}` : c?.adjustment ? `已调整：${c.reason}` : c?.detail}>
                    {c && c.points !== null ? points(c.points) : "—"}{c?.adjustment && c.points !== null ? <sup className="text-amber-700">调</sup> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One subject's own score: total, rank (or 不参与排名), and each indicator with how it was computed. */
export function OwnScore({ row, ranked, label }: { row: ScoreRow; ranked: number; label: string }) {
  const max = applicableMax(row.breakdown);
  return (
    <div className="space-y-3" data-testid="own-score">
      {row.total === null || row.rank === null ? (
        <p className="text-lg">
          {label}<strong className="mx-1">{row.name}</strong>总分 <strong data-testid="own-total" className="text-2xl">—</strong>
          <span className="ml-2 text-slate-600" data-testid="not-ranked">{NOT_RANKED}（没有适用的考核指标）</span>
        </p>
      ) : (
        <p className="text-lg">
          {label}<strong className="mx-1">{row.name}</strong>总分 <strong data-testid="own-total" className="text-2xl">{points(row.total)}</strong> 分
          <span className="ml-2 text-slate-600">（第 {row.rank} 名，共 {ranked} 个）</span>
          {max < SCHEME_TOTAL && <span className="block text-sm text-slate-600">按适用指标的 {max} 分折算为百分制（不适用的指标不计分）。</span>}
        </p>
      )}
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">得分明细</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="px-2 py-1">指标</th><th scope="col" className="px-2 py-1 text-right">满分</th>
            <th scope="col" className="px-2 py-1 text-right">得分</th><th scope="col" className="px-2 py-1">计算依据</th><th scope="col" className="px-2 py-1">调整</th>
          </tr>
        </thead>
        <tbody>
          {row.breakdown.map((c) => (
            <tr key={c.indicatorId} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-1 text-left font-medium">{c.label}</th>
              <td className="px-2 py-1 text-right">{c.maxPoints}</td>
              <td className="px-2 py-1 text-right font-semibold">{c.points === null ? NOT_APPLICABLE : points(c.points)}</td>
              <td className="px-2 py-1">{c.detail}</td>
              <td className="px-2 py-1">{c.adjustment ? `${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
