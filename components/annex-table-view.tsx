"use client";
// The 目标任务分解表 drawn in the browser from compact figures (components/annex-table.tsx): its ~20
// rows × 10 linked cells would otherwise travel twice, as HTML and again as the RSC tree that hydrates it.
import { Link } from "@/components/ui/app-link";
import { FigureLink } from "@/components/ui/figure-link";
import { linkClass } from "@/components/ui/link";
import { Table } from "@/components/ui/table";
import type { QuotaCell } from "@/lib/campaigns/annex";
import { CATEGORIES, formatQuota } from "@/lib/campaigns/annex";
import { formatPercent } from "@/lib/format";
import type { Category } from "@/lib/generated/prisma/enums";
import { caseListHref, withAsOf } from "@/lib/href";

/** One category's cells: target, registered, submitted, accepted, completion (%), lagging. */
export type AnnexCells = { t: QuotaCell; r: number; s: number; a: number; c: number | null; l: boolean };
/** A unit's row: id, name, the slow reason, the shortfall reason (ended), whether it has any target, its cells by category. */
export type AnnexRow = {
  id: number;
  name: string;
  lag: string | null;
  short: string | null;
  quota: boolean;
  f: Record<Category, AnnexCells>;
};

type Props = {
  rows: AnnexRow[];
  district?: Record<Category, AnnexCells>;
  /** 达标单位 n/m per category, shown beside the district sum (null where no unit has a target). */
  met?: Record<Category, string | null>;
  ended: boolean;
  /** 统计截至 a past day ("YYYY-MM-DD"); every link opens its page as of that day. */
  asOf?: string | null;
  /** The city's read-only drill-down: the ledger the figures open; the units' own pages are not linked. */
  casesPath?: string;
};

const HEADINGS: Record<Category, string> = {
  ELIMINATION: "淘汰落后产能涉及企业数（家）",
  RECTIFICATION: "整治提升“低散乱”企业（作坊）数（家）",
};

const SHORT: Record<Category, string> = { ELIMINATION: "淘汰", RECTIFICATION: "整治提升" };

// Per-cell styles are set once on the table (descendant variants) rather than on each of its ~200
// cells: the page's HTML and its RSC payload carry each class list once. The numbers are figure links
// without prefetch (no client-side prefetch of ~200 filtered lists).
const TABLE_CELLS =
  "[&_td]:px-2 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_td_a]:text-brand-700 [&_td_a:hover]:underline max-sm:[&_td_a]:inline-flex max-sm:[&_td_a]:min-h-11 max-sm:[&_td_a]:min-w-11 max-sm:[&_td_a]:items-center max-sm:[&_td_a]:ml-auto max-sm:[&_td_a]:justify-end";

function Cells({
  f,
  unitId,
  category,
  testid,
  asOf,
  casesPath,
}: {
  f: AnnexCells;
  unitId?: number;
  category: Category;
  testid?: string;
  asOf?: string | null;
  casesPath?: string;
}) {
  const link = (n: number, status?: "SUBMITTED" | "ACCEPTED") => (
    <FigureLink href={caseListHref({ unitId, category, status, asOf, path: casesPath })} figure={n} className="" />
  );
  return (
    <>
      <td data-label={`${SHORT[category]}·目标`} className="border-l border-slate-200" data-testid={testid}>
        {formatQuota(f.t)}
      </td>
      <td data-label={`${SHORT[category]}·已登记`}>{link(f.r)}</td>
      <td data-label={`${SHORT[category]}·待验收`}>{link(f.s, "SUBMITTED")}</td>
      <td data-label={`${SHORT[category]}·已验收`}>{link(f.a, "ACCEPTED")}</td>
      <td data-label={`${SHORT[category]}·完成率`} className={f.l ? "font-semibold text-amber-800" : undefined}>
        {formatPercent(f.c)}
      </td>
    </>
  );
}

/**
 * 目标任务分解表 with actuals: unit rows in the source document's order, the computed district row.
 * A unit's name opens its case list, each count the list filtered to it; slow units are highlighted
 * with the reason spelled out.
 */
export function AnnexTableView({ rows, district, met, ended, asOf, casesPath }: Props) {
  return (
    <Table
      label="目标任务分解表及完成情况"
      className={`min-w-[52rem] ${TABLE_CELLS}`}
      caption={`目标任务分解表及完成情况（“/”表示无该项任务；标黄为进展较慢${ended ? "；活动已结束，标注完成或未完成" : ""}）`}
    >
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">
            镇（乡）、街道和园区
          </th>
          {CATEGORIES.map((c) => (
            <th key={c} scope="colgroup" colSpan={5} className="border-l border-slate-200 px-2 py-1 text-center">
              {HEADINGS[c]}
            </th>
          ))}
        </tr>
        <tr className="text-xs">
          {CATEGORIES.map((c) =>
            ["目标", "已登记", "待验收", "已验收", "完成率"].map((h, i) => (
              <th
                key={`${c}-${h}`}
                scope="col"
                className={`px-2 py-1 text-right ${i === 0 ? "border-l border-slate-200" : ""}`}
              >
                {h}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.id}
            className={`border-t border-slate-100 ${r.lag ? "bg-amber-50" : r.short ? "bg-red-50" : ""}`}
            data-lagging={r.lag ? "true" : undefined}
            data-incomplete={r.short ? "true" : undefined}
          >
            <th scope="row" className="px-3 py-2 text-left font-normal">
              <Link
                href={caseListHref({ unitId: r.id, asOf, path: casesPath })}
                prefetch={false}
                className={linkClass()}
              >
                {r.name}
              </Link>
              {!casesPath && (
                <Link
                  href={withAsOf(`/units/${r.id}`, asOf)}
                  prefetch={false}
                  className={linkClass({ tone: "muted", className: "no-print ml-2 text-xs" })}
                  aria-label={`${r.name}进度概况`}
                >
                  概况
                </Link>
              )}
              {r.lag && <p className="mt-0.5 text-xs font-medium text-amber-800">进展较慢：{r.lag}</p>}
              {ended &&
                (r.short ? (
                  <p className="mt-0.5 text-xs font-medium text-red-700">{r.short}</p>
                ) : (
                  r.quota && <p className="mt-0.5 text-xs font-medium text-emerald-700">完成</p>
                ))}
            </th>
            {CATEGORIES.map((c) => (
              <Cells key={c} f={r.f[c]} unitId={r.id} category={c} asOf={asOf} casesPath={casesPath} />
            ))}
          </tr>
        ))}
      </tbody>
      {district && (
        <tfoot>
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
            <th scope="row" className="px-3 py-2 text-left">
              全区
              {/* 达标单位 n/m beside the district sum: one unit's surplus never hides another's shortfall. */}
              {CATEGORIES.map(
                (c) =>
                  met?.[c] && (
                    <span key={c} className="block text-xs font-normal whitespace-nowrap text-slate-600">
                      {SHORT[c]}：<span data-testid={`units-met-${c}`}>{met[c]}</span>
                    </span>
                  ),
              )}
            </th>
            {CATEGORIES.map((c) => (
              <Cells
                key={c}
                f={district[c]}
                category={c}
                asOf={asOf}
                casesPath={casesPath}
                testid={c === "ELIMINATION" ? "district-elimination" : "district-rectification"}
              />
            ))}
          </tr>
        </tfoot>
      )}
    </Table>
  );
}
