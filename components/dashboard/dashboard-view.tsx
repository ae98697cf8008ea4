import { AnnexTable } from "@/components/annex-table";
import { PrintButton } from "@/components/print-button";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import { CATEGORIES } from "@/lib/campaigns/annex";
import { CASE_STATUSES } from "@/lib/dashboard/pace";
import { beijingIsoDay } from "@/lib/dates";
import { formatDate, formatPercent } from "@/lib/format";
import type { CaseStatus, Category, Industry } from "@/lib/generated/prisma/enums";
import { caseListHref, withAsOf } from "@/lib/href";
import { caseStatusLabel, categoryLabel, industryLabel } from "@/lib/labels";
import type { Dashboard } from "@/server/dashboard/get-dashboard";

import { ChartFigure } from "./chart-figure";
import { ACCEPTED_AND_TARGET, type ChartSeries } from "./chart-spec";
import { ForecastTable } from "./forecast-table";
import { HeadlineCards } from "./headline-cards";
import { TaskLineTable } from "./task-line-table";

const BY_CATEGORY: ChartSeries[] = [
  { key: "ELIMINATION", label: "淘汰落后产能", color: "#1d4ed8" },
  { key: "RECTIFICATION", label: "整治提升", color: "#f59e0b" },
];
const INDUSTRIES: Industry[] = ["FOUNDRY", "BUILDING_MATERIALS", "FOOD", "METAL_SURFACE", "OTHER"];

/**
 * The progress dashboard: the district's for the office and leader, one unit's for its officer.
 * `asOfError`: the 统计截至 value given was not a date (the figures are today's). `casesPath`: the city's
 * read-only drill-down (docs/domain.md §市级) — the figures open that district's read-only ledger, and
 * nothing of the district's own pages, exports or downloads is offered.
 */
export function DashboardView({
  d,
  path,
  asOfError,
  casesPath,
}: {
  d: Dashboard;
  path: string;
  asOfError?: string | null;
  casesPath?: string;
}) {
  const drill = casesPath !== undefined;
  const unitId = d.unit?.id;
  const ended = d.phase === "ENDED";
  // 统计截至 a past day: every link from the page carries it, and the page it opens is as of that day.
  const asOf = d.past ? beijingIsoDay(d.today) : null;
  const params = new URLSearchParams();
  if (unitId !== undefined) params.set("unit", String(unitId));
  if (asOf) params.set("asOf", asOf);
  const exportQuery = params.size ? `?${params}` : "";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1 text-sm text-slate-600">
          <p data-testid="campaign-phase-line">
            {ended && (
              <strong data-testid="phase" className="mr-2 rounded bg-slate-700 px-2 py-0.5 text-white">
                已结束
              </strong>
            )}
            {d.phase === "NOT_STARTED" && (
              <strong data-testid="phase" className="mr-2 rounded bg-slate-200 px-2 py-0.5 text-slate-700">
                尚未开始
              </strong>
            )}
            统计截至 <span data-testid="as-of">{formatDate(d.today)}</span>
            {d.past && <span className="ml-1 text-amber-800">（按当日的记录还原）</span>}
            {" · "}完成时限 {formatDate(d.campaign.deadline)}
            {ended ? (
              <span className="ml-2">（活动已结束，以下为最终结果：达到目标为“完成”，否则为“未完成”）</span>
            ) : (
              <>
                {" · "}序时进度 <strong data-testid="elapsed">{formatPercent(d.elapsed)}</strong>
                <span className="ml-2">
                  （完成率低于序时进度 {d.campaign.lagThresholdPoints} 个百分点以上为进展较慢）
                </span>
              </>
            )}
          </p>
          <form
            method="get"
            action={path}
            className="no-print flex flex-wrap items-center gap-2"
            aria-label="按日期查看"
          >
            <label htmlFor="as-of-input">统计截至</label>
            <input
              id="as-of-input"
              type="date"
              name="asOf"
              defaultValue={beijingIsoDay(d.today)}
              max={beijingIsoDay(new Date())}
              className="rounded border border-slate-300 px-2 py-1"
              aria-describedby={asOfError ? "as-of-error" : undefined}
            />
            <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
              查看
            </button>
            {d.past && (
              <Link href={path} className={linkClass()}>
                回到今天
              </Link>
            )}
            {asOfError && (
              <span id="as-of-error" role="alert" className="text-red-700">
                {asOfError}
              </span>
            )}
          </form>
        </div>
        <div className="no-print ml-auto flex flex-wrap gap-2 text-sm">
          {!drill && (
            <>
              <a
                href={`/api/exports/annex${exportQuery}`}
                className={buttonClass({ variant: "secondary", size: "compact" })}
                download
              >
                导出分解表（Excel）
              </a>
              <a
                href={`/api/exports/ledger${exportQuery}`}
                className={buttonClass({ variant: "secondary", size: "compact" })}
                download
              >
                导出台账（Excel）
              </a>
              <a
                href={`/api/exports/equipment${exportQuery}`}
                className={buttonClass({ variant: "secondary", size: "compact" })}
                download
              >
                导出淘汰设备清单（Excel）
              </a>
              <a
                href={unitId === undefined ? "/api/archive/district" : `/api/archive/units/${unitId}`}
                className={buttonClass({ variant: "secondary", size: "compact" })}
                download
              >
                下载佐证材料包
              </a>
            </>
          )}
          {d.unit && !drill && (
            <Link href={caseListHref({ unitId, asOf })} className={buttonClass({ size: "sm" })}>
              本单位整治对象清单
            </Link>
          )}
          <PrintButton />
        </div>
      </div>

      <HeadlineCards
        figures={d.district}
        elapsed={d.elapsed}
        unitId={unitId}
        ended={ended}
        asOf={asOf}
        casesPath={casesPath}
      />

      <section aria-labelledby="annex-title" className="space-y-2">
        <h2 id="annex-title" className="font-semibold">
          {d.campaign.year}年度目标任务分解表
        </h2>
        <AnnexTable
          rows={d.rows}
          district={d.unit ? undefined : d.district}
          ended={ended}
          asOf={asOf}
          casesPath={casesPath}
        />
        <p className="text-xs text-slate-500">
          “/”表示该单位无此项任务；全区合计由各单位数据自动汇总；点击单位名称或数字查看对应整治对象。
        </p>
      </section>

      <section aria-labelledby="charts-title" className="space-y-2">
        <h2 id="charts-title" className="font-semibold">
          图表
        </h2>
        <div className="grid gap-3 lg:grid-cols-2">
          {!d.unit &&
            CATEGORIES.map((c) => (
              <ChartFigure
                key={`units-${c}`}
                id={`chart-units-${c}`}
                title={`各单位${categoryLabel[c]}：已验收与目标`}
                spec={{
                  kind: "bar",
                  horizontal: true,
                  categoryKey: "name",
                  categoryLabel: "单位",
                  data: d.rows
                    .filter((r) => r.quotas[c] !== null)
                    .map((r) => ({
                      unitId: r.unitId,
                      name: r.name,
                      accepted: r.figures[c].accepted,
                      target: r.quotas[c],
                    })),
                  series: ACCEPTED_AND_TARGET,
                }}
                cellHref={(row, key) =>
                  key === "accepted"
                    ? caseListHref({
                        unitId: row.unitId as number,
                        category: c,
                        status: "ACCEPTED",
                        asOf,
                        path: casesPath,
                      })
                    : undefined
                }
              />
            ))}
          {CATEGORIES.map((c) => (
            <ChartFigure
              key={`cum-${c}`}
              id={`chart-cumulative-${c}`}
              title={`${categoryLabel[c]}：累计验收与序时进度`}
              spec={{
                kind: "line",
                categoryKey: "label",
                categoryLabel: "月份",
                data: d.cumulative[c],
                series: [
                  { key: "accepted", label: "累计已验收", color: "#1d4ed8" },
                  { key: "plan", label: "序时进度", color: "#64748b", dashed: true },
                ],
              }}
            />
          ))}
          <ChartFigure
            id="chart-status"
            title="办理状态分布"
            spec={{
              kind: "bar",
              stacked: true,
              categoryKey: "status",
              categoryLabel: "状态",
              series: BY_CATEGORY,
              data: CASE_STATUSES.map((s) => ({
                code: s,
                status: caseStatusLabel[s],
                ELIMINATION: d.statusTotals.ELIMINATION[s],
                RECTIFICATION: d.statusTotals.RECTIFICATION[s],
              })),
            }}
            cellHref={(row, key) =>
              caseListHref({
                unitId,
                status: row.code as CaseStatus,
                category: key as Category,
                asOf,
                path: casesPath,
              })
            }
          />
          <ChartFigure
            id="chart-industry"
            title="整治对象行业分布"
            spec={{
              kind: "bar",
              stacked: true,
              horizontal: true,
              categoryKey: "industry",
              categoryLabel: "行业",
              series: BY_CATEGORY,
              data: INDUSTRIES.map((i) => ({
                code: i,
                industry: industryLabel[i],
                ELIMINATION: d.byIndustry.get(i)?.ELIMINATION ?? 0,
                RECTIFICATION: d.byIndustry.get(i)?.RECTIFICATION ?? 0,
              })),
            }}
            cellHref={(row, key) =>
              caseListHref({
                unitId,
                industry: row.code as Industry,
                category: key as Category,
                asOf,
                path: casesPath,
              })
            }
          />
        </div>
      </section>

      {!ended && (
        <section aria-labelledby="forecast-title" className="space-y-2">
          <h2 id="forecast-title" className="font-semibold">
            按当前进度预测
          </h2>
          <p className="text-xs text-slate-500">按开始以来的验收速度匀速推算到完成时限；低于目标的标注预计缺口。</p>
          <ForecastTable rows={d.rows} />
        </section>
      )}

      {!d.unit && (
        <section aria-labelledby="tasks-title" className="space-y-2">
          <div className="flex flex-wrap items-baseline gap-3">
            <h2 id="tasks-title" className="font-semibold">
              重点工作任务
            </h2>
            {!drill && (
              <Link href={withAsOf("/tasks", asOf)} className={linkClass({ className: "text-sm" })}>
                重点工作任务总览及计入的记录 →
              </Link>
            )}
          </div>
          <TaskLineTable lines={d.taskLines} ended={ended} />
        </section>
      )}
    </div>
  );
}
