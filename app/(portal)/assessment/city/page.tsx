import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OwnScore } from "@/components/assessment/score-views";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { APPLICABILITY_RULE } from "@/lib/assessment/score";
import { parseYear } from "@/lib/city/params";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireArea } from "@/server/areas";
import { getOwnCityScores } from "@/server/city/assessment";

export const metadata: Metadata = { title: "市级评价考核（本区）" };

/**
 * The district's own score in the city's 评价考核 (docs/domain.md §市级), as the city office published it (frozen):
 * its office and leader read their own district's row only — the query names their district, so no other
 * district's score is ever read. `?year=` a year without a published score of the district: not found.
 */
export default async function OwnCityScorePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const user = await requireArea("cityScore");
  const sp = await searchParams;
  const scores = await getOwnCityScores(user);
  const asked = parseYear(sp.year);
  if (sp.year !== undefined && (asked === null || !scores.some((s) => s.year === asked))) notFound();
  const shown = scores.find((s) => s.year === asked) ?? scores[0];
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">
        {shown ? `${shown.year}年度` : ""}市级评价考核（{user.district?.name ?? "本区"}）
      </h1>
      <p className="text-sm">
        <Link href="/assessment" className={linkClass()}>
          返回本区评价考核
        </Link>
      </p>
      {scores.length > 1 && (
        <nav aria-label="年度" className="flex flex-wrap gap-2 text-sm">
          {scores.map((s) => (
            <Link
              key={s.year}
              href={`/assessment/city?year=${s.year}`}
              className={chipClass(s.year === shown?.year)}
              aria-current={s.year === shown?.year ? "page" : undefined}
            >
              {s.year}年
            </Link>
          ))}
        </nav>
      )}
      {!shown ? (
        <EmptyState>市工强办尚未发布区县评价考核结果。</EmptyState>
      ) : (
        <Card>
          <p className="mb-3 text-sm text-slate-700" data-testid="assessment-status">
            市工强办已发布（统计截至 {formatDate(shown.asOf)}，发布于 {formatDateTime(shown.publishedAt)}
            ）：结果已冻结，之后的数据变化不影响。
          </p>
          {shown.isSample && (
            <p className="mb-3 text-sm" data-testid="sample-note">
              <Badge tone="warning">示例数据</Badge> 本区的数字为演示生成的示例数据，不是实际工作数据。
            </p>
          )}
          <OwnScore row={shown.row} ranked={shown.ranked} label="本区" />
          <p className="mt-2 text-xs text-slate-500" data-testid="applicability-rule">
            {APPLICABILITY_RULE.replaceAll("单位（部门）", "区县")}
          </p>
        </Card>
      )}
    </div>
  );
}
