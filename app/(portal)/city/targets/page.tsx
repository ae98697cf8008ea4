import type { Metadata } from "next";

import { DistrictTargetGrid } from "@/components/city/district-target-grid";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { districtSplitLabel, type DistrictSplitStatus, targetYearParam, targetYears } from "@/lib/city/targets";
import { beijingIsoDay } from "@/lib/dates";
import { setsDistrictTargets } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { getTargetGrid, listTargetYears } from "@/server/city/district-targets";

export const metadata: Metadata = { title: "区县目标" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ORDER: DistrictSplitStatus[] = ["NOT_STARTED", "SHORT", "COVERED", "NOT_SET"];

/**
 * 区县目标 (docs/domain.md §市级): the targets the city office sets each district for a year, and beside each
 * district whether its own 目标任务分解表 covers them (未开展 / 未分解 差 N / 已分解). The city leader reads it.
 */
export default async function CityTargetsPage({ searchParams }: Props) {
  const user = await requireArea("cityTargets");
  const sp = await searchParams;
  const thisYear = Number(beijingIsoDay(new Date()).slice(0, 4));
  const year = targetYearParam(sp.year, thisYear);
  const [rows, known] = await Promise.all([getTargetGrid(year), listTargetYears()]);
  const years = targetYears(known, year);
  const edits = setsDistrictTargets(user);
  const counts = ORDER.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const pending = rows.filter((r) => r.status === "NOT_STARTED" || r.status === "SHORT");

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{year}年度区县目标</h1>
      <nav aria-label="年度" className="flex flex-wrap items-center gap-2 text-sm">
        {years.map((y) => (
          <Link
            key={y}
            href={`/city/targets?year=${y}`}
            className={chipClass(y === year)}
            aria-current={y === year ? "page" : undefined}
          >
            {y}年度
          </Link>
        ))}
        <form action="/city/targets" className="inline-flex items-center gap-1">
          <label className="inline-flex items-center gap-1">
            <span>其他年度</span>
            <input
              name="year"
              inputMode="numeric"
              pattern="\d{4}"
              placeholder="如 2022"
              aria-label="年度"
              className="min-h-11 w-24 rounded border border-slate-300 px-2"
            />
          </label>
          <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
            打开
          </button>
        </form>
      </nav>
      {rows.length === 0 ? (
        <EmptyState>尚无区县（市）</EmptyState>
      ) : (
        <>
          <Card aria-labelledby="split-title">
            <h2 id="split-title" className="mb-2 font-semibold">
              分解情况
            </h2>
            <p className="flex flex-wrap gap-2 text-sm" data-testid="split-counts">
              {counts.map(([s, n]) => (
                <span key={s}>
                  {districtSplitLabel[s]} <strong>{n}</strong> 个
                </span>
              ))}
            </p>
            {pending.length > 0 ? (
              <p className="mt-2 text-sm text-red-700" data-testid="not-split">
                尚未分解到位：{pending.map((r) => `${r.name}（${districtSplitLabel[r.status]}）`).join("、")}
              </p>
            ) : (
              rows.some((r) => r.status !== "NOT_SET") && <p className="mt-2 text-sm">各区县（市）均已分解到位。</p>
            )}
            {rows.some((r) => r.isSample) && (
              <p className="mt-2 text-xs text-slate-500">
                <Badge>示例数据</Badge> 标注的区县为演示生成的数字，只有海曙区的数字来自工作要点。
              </p>
            )}
          </Card>
          <Card aria-labelledby="grid-title">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="grid-title" className="font-semibold">
                目标表
              </h2>
              <a href={`/api/city/targets/export?year=${year}`} className={linkClass()} download>
                导出 Excel
              </a>
            </div>
            <DistrictTargetGrid key={year} year={year} readOnly={!edits} districts={rows} />
          </Card>
        </>
      )}
    </div>
  );
}
