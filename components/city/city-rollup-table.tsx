import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { FigureLink } from "@/components/ui/figure-link";
import { linkClass } from "@/components/ui/link";
import { Table } from "@/components/ui/table";
import { CATEGORIES, formatQuota } from "@/lib/campaigns/annex";
import { districtHref } from "@/lib/city/params";
import { type CityCell, formatCityTarget } from "@/lib/city/rollup";
import { formatPercent } from "@/lib/format";
import type { Category } from "@/lib/generated/prisma/enums";
import { caseListHref } from "@/lib/href";
import type { CityRollUpView } from "@/server/city/city-rollup";

const HEADINGS: Record<Category, string> = {
  ELIMINATION: "淘汰落后产能涉及企业（家）",
  RECTIFICATION: "整治提升“低散乱”企业（作坊）（家）",
};
const SHORT: Record<Category, string> = { ELIMINATION: "淘汰", RECTIFICATION: "整治提升" };

/**
 * 全市汇总表: a row per district (a card on a phone) — per category the city's target, the district's
 * breakdown to its townships (分解到镇街), 已验收 and 完成率 — and the city total. Every figure opens the
 * district's read-only drill-down: the targets its dashboard, 已验收 its ledger of exactly those records.
 */
export function CityRollUpTable({
  data,
  asOf,
  year,
}: {
  data: CityRollUpView;
  asOf: string | null;
  year: number | null;
}) {
  return (
    <Table label={`${data.year}年度全市汇总`} className="min-w-[48rem]" data-testid="city-rollup">
      <thead>
        <tr className="bg-slate-50 text-left">
          <th rowSpan={2} scope="col" className="align-bottom">
            区县（市）
          </th>
          {CATEGORIES.map((c) => (
            <th key={c} colSpan={4} scope="colgroup" className="border-l border-slate-200 text-center">
              {HEADINGS[c]}
            </th>
          ))}
        </tr>
        <tr className="bg-slate-50 text-right text-xs text-slate-600">
          {CATEGORIES.flatMap((c) => [
            <th key={`${c}-t`} scope="col" className="border-l border-slate-200">
              市下达目标
            </th>,
            <th key={`${c}-q`} scope="col">
              分解到镇街
            </th>,
            <th key={`${c}-a`} scope="col">
              已验收
            </th>,
            <th key={`${c}-c`} scope="col">
              完成率
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {data.rows.map(({ district: d, cells }) => {
          const drill = districtHref(d.code, { year });
          return (
            <tr key={d.id} data-testid={`city-row-${d.code}`}>
              <th scope="row" className="text-left font-normal">
                {cells ? (
                  <Link href={withAsOfQuery(drill, asOf)} className={linkClass({ className: "font-medium" })}>
                    {d.name}
                  </Link>
                ) : (
                  <span className="font-medium">{d.name}</span>
                )}
                {d.isSample && (
                  <Badge tone="warning" className="ml-2" data-testid="sample-badge">
                    示例数据
                  </Badge>
                )}
                {!cells && (
                  <p className="text-xs text-slate-500" data-testid="not-started">
                    未开展（{data.year}年度尚未建立）
                  </p>
                )}
              </th>
              {CATEGORIES.flatMap((c) =>
                cells ? (
                  <Cells
                    key={c}
                    c={c}
                    cell={cells[c]}
                    drill={withAsOfQuery(drill, asOf)}
                    accepted={caseListHref({
                      category: c,
                      status: "ACCEPTED",
                      asOf,
                      path: districtHref(d.code, { year, sub: "cases" }),
                    })}
                  />
                ) : (
                  <td
                    key={c}
                    colSpan={4}
                    data-label={SHORT[c]}
                    className="border-l border-slate-200 text-center text-slate-500"
                  >
                    —
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold" data-testid="city-total">
          <th scope="row" className="text-left">
            全市合计
          </th>
          {CATEGORIES.map((c) => (
            <Cells key={c} c={c} cell={data.total[c]} />
          ))}
        </tr>
      </tfoot>
    </Table>
  );
}

function Cells({ c, cell, drill, accepted }: { c: Category; cell: CityCell; drill?: string; accepted?: string }) {
  const figure = (text: string, testid: string) =>
    drill ? (
      <Link href={drill} prefetch={false} className={linkClass({ className: "tabular-nums" })} data-testid={testid}>
        {text}
      </Link>
    ) : (
      <span data-testid={testid}>{text}</span>
    );
  return (
    <>
      <td data-label={`${SHORT[c]}·市下达目标`} className="border-l border-slate-200 text-right tabular-nums">
        {figure(formatCityTarget(cell.cityTarget), `target-${c}`)}
      </td>
      <td data-label={`${SHORT[c]}·分解到镇街`} className="text-right tabular-nums">
        {figure(formatQuota(cell.quotaSum), `quotas-${c}`)}
      </td>
      <td data-label={`${SHORT[c]}·已验收`} className="text-right tabular-nums">
        {accepted ? (
          <FigureLink href={accepted} figure={cell.accepted} data-testid={`accepted-${c}`} />
        ) : (
          <span data-testid={`accepted-${c}`}>{cell.accepted}</span>
        )}
      </td>
      <td data-label={`${SHORT[c]}·完成率`} className="text-right tabular-nums">
        <span data-testid={`completion-${c}`}>{formatPercent(cell.completion)}</span>
        {cell.against === "QUOTAS" && (
          <span className="block text-xs font-normal text-slate-500" title="市工强办尚未下达目标，按本区县分解数计算">
            按分解数
          </span>
        )}
      </td>
    </>
  );
}

/** The drill-down's address with the 统计截至 day when a past day is shown. */
function withAsOfQuery(href: string, asOf: string | null): string {
  return asOf ? `${href}${href.includes("?") ? "&" : "?"}asOf=${asOf}` : href;
}
