import type { Metadata } from "next";

import { CityRollUpTable } from "@/components/city/city-rollup-table";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { ACCEPTED_AND_TARGET } from "@/components/dashboard/chart-spec";
import { Link } from "@/components/ui/app-link";
import { AsOfBar } from "@/components/ui/as-of-bar";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { chipClass } from "@/components/ui/link";
import { CATEGORIES } from "@/lib/campaigns/annex";
import { districtHref, parseYear } from "@/lib/city/params";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { caseListHref, withQuery } from "@/lib/href";
import { categoryLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { getCityRollUp, listCityYears } from "@/server/city/city-rollup";

export const metadata: Metadata = { title: "全市总览" };

/**
 * 全市总览 (市工强办, 市领导; docs/domain.md §市级): the city roll-up — each district a row, rolled up from
 * its own units exactly as its dashboard rolls them up, beside the city's targets, and the city total;
 * 统计截至 a past day and the year as on the dashboard. A district's figures open its read-only drill-down.
 */
export default async function CityPage({
  searchParams,
}: {
  searchParams: Promise<{ asOf?: string | string[]; year?: string | string[] }>;
}) {
  const user = await requireArea("city");
  const params = await searchParams;
  const asOfParam = parseAsOf(params.asOf);
  const { years, current } = await listCityYears();
  const asked = parseYear(params.year);
  const year = asked !== null && years.includes(asked) ? asked : current;
  if (year === null) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">全市总览</h1>
        <EmptyState>尚无区县建立工作年度</EmptyState>
      </div>
    );
  }
  const at = asOfMoment(asOfParam.day, new Date());
  const data = await getCityRollUp(user, year, at);
  const asOf = data.past ? beijingIsoDay(at) : null;
  // The year in the page's own links only when it is not the default one (the drill-down links always name it).
  const linkYear = year === current ? null : year;
  const samples = data.rows.filter((r) => r.district.isSample);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-xl font-semibold">{year}年度全市总览</h1>
        {years.length > 1 && (
          <nav aria-label="年度" className="flex flex-wrap gap-2 text-sm">
            {years.map((y) => (
              <Link
                key={y}
                href={withQuery("/city", { year: y === current ? undefined : y, asOf: asOf ?? undefined })}
                className={chipClass(y === year)}
                aria-current={y === year ? "page" : undefined}
              >
                {y}年
              </Link>
            ))}
          </nav>
        )}
      </div>
      <AsOfBar
        path="/city"
        at={at}
        past={data.past}
        error={asOfParam.error}
        keep={{ year: linkYear ?? undefined }}
        what="各区县的数字"
      />
      {samples.length > 0 && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm" data-testid="sample-note">
          <Badge tone="warning">示例数据</Badge> {samples.map((r) => r.district.name).join("、")}
          的数字为演示生成的示例数据，不是实际工作数据。
        </p>
      )}
      {data.rows.length === 0 ? (
        <EmptyState>尚无区县（市）</EmptyState>
      ) : (
        <>
          <CityRollUpTable data={data} asOf={asOf} year={year} />
          <p className="text-xs text-slate-500">
            各区县的数字由本区县各镇（乡）、街道、园区的数据汇总，与该区县全区总览的合计一致；全市合计由各区县汇总。
            “未下达”表示市工强办尚未下达该项目标，完成率按本区县分解数计算；“/”表示无此项任务。点击区县名称或数字查看该区县（只读）。
          </p>
          <section aria-labelledby="city-charts" className="space-y-2">
            <h2 id="city-charts" className="font-semibold">
              图表
            </h2>
            <div className="grid gap-3 lg:grid-cols-2">
              {CATEGORIES.map((c) => (
                <ChartFigure
                  key={c}
                  id={`chart-city-${c}`}
                  title={`各区县${categoryLabel[c]}：已验收与目标`}
                  spec={{
                    kind: "bar",
                    horizontal: true,
                    categoryKey: "name",
                    categoryLabel: "区县",
                    noteKey: "note",
                    data: data.rows.flatMap(({ district: d, cells }) =>
                      cells
                        ? [
                            {
                              code: d.code,
                              name: d.name,
                              note: d.isSample ? "示例数据" : null,
                              accepted: cells[c].accepted,
                              target: cells[c].cityTarget.issued ? cells[c].cityTarget.target : cells[c].quotaSum,
                            },
                          ]
                        : [],
                    ),
                    series: ACCEPTED_AND_TARGET,
                  }}
                  cellHref={(row, key) =>
                    key === "accepted"
                      ? caseListHref({
                          category: c,
                          status: "ACCEPTED",
                          asOf,
                          path: districtHref(String(row.code), { year, sub: "cases" }),
                        })
                      : undefined
                  }
                />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
