import type { ChartSpec } from "@/components/dashboard/chart-spec";
import { LazyChart } from "@/components/dashboard/lazy-chart";
import { Link } from "@/components/ui/app-link";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { SCHEME_TOTAL } from "@/lib/assessment/scheme";
import { applicableMax, NOT_RANKED, type ScoreRow, weightedPoints } from "@/lib/assessment/score";
import { formatDate, formatDateTime } from "@/lib/format";

const NOT_APPLICABLE = "不适用";

const COLORS = [
  "#1d4ed8",
  "#0891b2",
  "#059669",
  "#65a30d",
  "#ca8a04",
  "#ea580c",
  "#dc2626",
  "#7c3aed",
  "#db2777",
  "#475569",
];

type Ind = { id: number; label: string; maxPoints: number };

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** Each ranked subject's total as a bar stacked from its indicators' shares of it (rescaled like the total; the table below carries the points). */
export function ScoreChart({ indicators, rows }: { indicators: Ind[]; rows: ScoreRow[] }) {
  const spec: ChartSpec = {
    kind: "bar",
    horizontal: true,
    stacked: true,
    categoryKey: "name",
    categoryLabel: "名称",
    series: indicators.map((ind, i) => ({ key: `i${ind.id}`, label: ind.label, color: COLORS[i % COLORS.length] })),
    data: rows
      .filter((r) => r.total !== null)
      .map((r) => ({
        name: r.name,
        ...Object.fromEntries(r.breakdown.map((c) => [`i${c.indicatorId}`, weightedPoints(c, r.breakdown) ?? 0])),
      })),
  };
  return (
    <figure aria-label="各指标得分构成">
      <LazyChart spec={spec} />
    </figure>
  );
}

/** The ranking: rank, name, total, each indicator's points (adjusted ones marked), and the reasons on demand. */
export function ScoreTable({
  indicators,
  rows,
  caption,
  detailHref,
}: {
  indicators: Ind[];
  rows: ScoreRow[];
  caption: string;
  detailHref: (subjectId: number) => string;
}) {
  return (
    <Table bare dense caption={caption} data-testid="score-table" className="min-w-[36rem]">
      <THead className="border-b border-slate-300">
        <Th nowrap>排名</Th>
        <Th nowrap>名称</Th>
        <Th nowrap align="right">
          总分
        </Th>
        {indicators.map((i) => (
          <Th key={i.id} align="right" className="min-w-20">
            {i.label}
            <span className="block text-xs font-normal text-slate-500">{i.maxPoints} 分</span>
          </Th>
        ))}
      </THead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.subjectId} className="align-top" data-testid="score-row">
            <Td label="排名" title={r.rank === null ? NOT_RANKED : undefined}>
              {r.rank ?? "—"}
            </Td>
            <th scope="row" className="text-left font-medium">
              <details>
                <summary className="cursor-pointer whitespace-nowrap">
                  {r.name}
                  {r.rank === null && (
                    <span className="ml-1 text-xs font-normal text-slate-500" data-testid="not-ranked">
                      {NOT_RANKED}
                    </span>
                  )}
                </summary>
                <ul className="mt-1 space-y-0.5 text-xs font-normal text-slate-600">
                  {r.breakdown.map((c) => (
                    <li key={c.indicatorId}>
                      {c.label}：{c.detail}
                      {c.adjustment !== 0 &&
                        `；调整 ${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）${c.points === null ? "，不适用，未计入" : ""}`}
                    </li>
                  ))}
                </ul>
                <Link href={detailHref(r.subjectId)} className={linkClass({ className: "text-xs font-normal" })}>
                  得分明细
                </Link>
              </details>
            </th>
            <Td label="总分" align="right" className="font-semibold">
              {r.total === null ? "—" : points(r.total)}
            </Td>
            {indicators.map((i) => {
              const c = r.breakdown.find((x) => x.indicatorId === i.id);
              return (
                <Td
                  key={i.id}
                  label={`${i.label}（${i.maxPoints} 分）`}
                  align="right"
                  title={
                    c?.points === null
                      ? `${NOT_APPLICABLE}：${c.detail}`
                      : c?.adjustment
                        ? `已调整：${c.reason}`
                        : c?.detail
                  }
                >
                  {c && c.points !== null ? points(c.points) : "—"}
                  {c?.adjustment && c.points !== null ? <sup className="text-amber-700">调</sup> : null}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One subject's own score: total, rank (or 不参与排名), and each indicator with how it was computed. */
export function OwnScore({ row, ranked, label }: { row: ScoreRow; ranked: number; label: string }) {
  const max = applicableMax(row.breakdown);
  return (
    <div className="space-y-3" data-testid="own-score">
      {row.total === null || row.rank === null ? (
        <p className="text-lg">
          {label}
          <strong className="mx-1">{row.name}</strong>总分{" "}
          <strong data-testid="own-total" className="text-2xl">
            —
          </strong>
          <span className="ml-2 text-slate-600" data-testid="not-ranked">
            {NOT_RANKED}（没有适用的考核指标）
          </span>
        </p>
      ) : (
        <p className="text-lg">
          {label}
          <strong className="mx-1">{row.name}</strong>总分{" "}
          <strong data-testid="own-total" className="text-2xl">
            {points(row.total)}
          </strong>{" "}
          分
          <span className="ml-2 text-slate-600">
            （第 {row.rank} 名，共 {ranked} 个）
          </span>
          {max < SCHEME_TOTAL && (
            <span className="block text-sm text-slate-600">
              按适用指标的 {max} 分折算为百分制（不适用的指标不计分）。
            </span>
          )}
        </p>
      )}
      <Table bare dense caption="得分明细">
        <THead className="border-b border-slate-300">
          <Th>指标</Th>
          <Th align="right">满分</Th>
          <Th align="right">得分</Th>
          <Th>计算依据</Th>
          <Th>调整</Th>
        </THead>
        <tbody>
          {row.breakdown.map((c) => (
            <tr key={c.indicatorId}>
              <th scope="row" className="text-left font-medium">
                {c.label}
              </th>
              <Td label="满分" align="right">
                {c.maxPoints}
              </Td>
              <Td label="得分" align="right" className="font-semibold">
                {c.points === null ? NOT_APPLICABLE : points(c.points)}
              </Td>
              <Td label="计算依据">{c.detail}</Td>
              <Td label="调整">
                {c.adjustment ? `${c.adjustment > 0 ? "+" : ""}${points(c.adjustment)}（${c.reason}）` : "—"}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** Whether the scores shown are the published, frozen ones or a draft computed from today's (or the chosen day's) data. */
export function AssessmentStatus({
  view,
  at,
  publication,
}: {
  view: "published" | "draft";
  at: Date;
  publication: { asOf: Date; publishedAt: Date } | null;
}) {
  return (
    <p className="text-sm text-slate-700" data-testid="assessment-status">
      {view === "published" && publication ? (
        <>
          已发布（统计截至 {formatDate(publication.asOf)}，发布于 {formatDateTime(publication.publishedAt)}
          ）：结果已冻结，之后的数据变化不影响。
        </>
      ) : (
        <>
          草稿：按 {formatDate(at)} 的数据计算，随工作进展变化{publication ? "（已另有发布结果）" : "，尚未发布"}。
        </>
      )}
    </p>
  );
}
