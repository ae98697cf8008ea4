import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CATEGORIES, formatQuota } from "@/lib/annex";
import { caseListHref } from "@/lib/cases/list-filters";
import { formatPercent, type CategoryFigures, type UnitRow } from "@/lib/dashboard";
import type { Category } from "@/lib/generated/prisma/enums";

type Props = { rows: UnitRow[]; district?: Record<Category, CategoryFigures>; ended?: boolean };

const HEADINGS: Record<Category, string> = {
  ELIMINATION: "淘汰落后产能涉及企业数（家）",
  RECTIFICATION: "整治提升“低散乱”企业（作坊）数（家）",
};

const SHORT: Record<Category, string> = { ELIMINATION: "淘汰", RECTIFICATION: "整治提升" };

// Per-cell styles are set once on the table (descendant variants) rather than on each of its ~200
// cells: the page's HTML and its RSC payload carry each class list once. The numbers are plain links
// (no client-side prefetch of ~200 filtered lists).
const TABLE_CELLS = "[&_td]:px-2 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_td_a]:text-brand-700 [&_td_a:hover]:underline";

function Cells({ f, unitId, category, testid }: { f: CategoryFigures; unitId?: number; category: Category; testid?: string }) {
  const link = (n: number, status?: "SUBMITTED" | "ACCEPTED") => <a href={caseListHref({ unitId, category, status })}>{n}</a>;
  return (
    <>
      <td data-label={`${SHORT[category]}·目标`} className="border-l border-slate-200" data-testid={testid}>{formatQuota(f.target)}</td>
      <td data-label={`${SHORT[category]}·已登记`}>{link(f.registered)}</td>
      <td data-label={`${SHORT[category]}·待验收`}>{link(f.submitted, "SUBMITTED")}</td>
      <td data-label={`${SHORT[category]}·已验收`}>{link(f.accepted, "ACCEPTED")}</td>
      <td data-label={`${SHORT[category]}·完成率`} className={f.lagging ? "font-semibold text-amber-800" : undefined}>
        {formatPercent(f.completion)}
      </td>
    </>
  );
}

/**
 * 目标任务分解表 with actuals: unit rows in the source document's order, the computed district row.
 * A unit's name opens its case list, each count the list filtered to it; slow units are highlighted
 * with the reason spelled out.
 */
export function AnnexTable({ rows, district, ended = false }: Props) {
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <table className={`stack-sm w-full min-w-[52rem] text-sm ${TABLE_CELLS}`} aria-label="目标任务分解表及完成情况">
        <caption className="sr-only">目标任务分解表及完成情况（“/”表示无该项任务；标黄为进展较慢{ended ? "；活动已结束，标注完成或未完成" : ""}）</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">镇（乡）、街道和园区</th>
            {CATEGORIES.map((c) => (
              <th key={c} scope="colgroup" colSpan={5} className="border-l border-slate-200 px-2 py-1 text-center">{HEADINGS[c]}</th>
            ))}
          </tr>
          <tr className="text-xs">
            {CATEGORIES.map((c) =>
              ["目标", "已登记", "待验收", "已验收", "完成率"].map((h, i) => (
                <th key={`${c}-${h}`} scope="col" className={`px-2 py-1 text-right ${i === 0 ? "border-l border-slate-200" : ""}`}>{h}</th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className={`border-t border-slate-100 ${r.lagReason ? "bg-amber-50" : r.shortfallReason ? "bg-red-50" : ""}`} data-lagging={r.lagReason ? "true" : undefined}
              data-incomplete={r.shortfallReason ? "true" : undefined}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={caseListHref({ unitId: r.unitId })} className="text-brand-700 hover:underline">{r.name}</Link>
                <Link href={`/units/${r.unitId}`} className="no-print ml-2 text-xs text-slate-500 hover:underline" aria-label={`${r.name}进度概况`}>概况</Link>
                {r.lagReason && <p className="mt-0.5 text-xs font-medium text-amber-800">进展较慢：{r.lagReason}</p>}
                {ended && (r.shortfallReason
                  ? <p className="mt-0.5 text-xs font-medium text-red-700">{r.shortfallReason}</p>
                  : CATEGORIES.some((c) => r.quotas[c] !== null) && <p className="mt-0.5 text-xs font-medium text-emerald-700">完成</p>)}
              </th>
              {CATEGORIES.map((c) => <Cells key={c} f={r.figures[c]} unitId={r.unitId} category={c} />)}
            </tr>
          ))}
        </tbody>
        {district && (
          <tfoot>
            <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
              <th scope="row" className="px-3 py-2 text-left">全区</th>
              {CATEGORIES.map((c) => (
                <Cells key={c} f={district[c]} category={c} testid={c === "ELIMINATION" ? "district-elimination" : "district-rectification"} />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </Card>
  );
}
