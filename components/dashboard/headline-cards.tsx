import { FigureLink } from "@/components/ui/figure-link";
import { tapTargetClass } from "@/components/ui/link";
import { CATEGORIES, formatQuota } from "@/lib/campaigns/annex";
import { type CategoryFigures } from "@/lib/dashboard/pace";
import { formatPercent } from "@/lib/format";
import type { Category } from "@/lib/generated/prisma/enums";
import { caseListHref } from "@/lib/href";
import { categoryLabel } from "@/lib/labels";

type Props = {
  figures: Record<Category, CategoryFigures>;
  elapsed: number;
  unitId?: number;
  ended?: boolean;
  /** 统计截至 a past day ("YYYY-MM-DD"): every link opens the list as of that day. */
  asOf?: string | null;
  /** The ledger the figures open (default 整治台账; the city's read-only drill-down its own). */
  casesPath?: string;
};

/** Per category: accepted / target and where the rest stands, next to the share of the year gone. */
export function HeadlineCards({ figures, elapsed, unitId, ended = false, asOf, casesPath }: Props) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {CATEGORIES.map((c) => {
        const f = figures[c];
        return (
          <section
            key={c}
            aria-labelledby={`card-${c}`}
            data-testid={`card-${c}`}
            className={`break-inside-avoid rounded-lg border bg-white p-4 ${f.lagging ? "border-amber-400" : "border-slate-200"}`}
          >
            <h2 id={`card-${c}`} className="text-sm text-slate-600">
              {categoryLabel[c]}
            </h2>
            <p className="mt-1 text-3xl font-semibold tabular-nums">
              <FigureLink
                href={caseListHref({ unitId, category: c, status: "ACCEPTED", asOf, path: casesPath })}
                figure={f.accepted}
                className={`hover:underline ${tapTargetClass}`}
                data-testid={`accepted-${c}`}
              />
              <span className="text-lg font-normal text-slate-500">
                {" "}
                / <span data-testid={`quota-${c}`}>{formatQuota(f.target)}</span> 家已验收
              </span>
            </p>
            {f.target === null ? (
              <p className="mt-1 text-sm text-slate-500">无此项任务</p>
            ) : (
              <>
                <div className="mt-2 h-2 rounded bg-slate-100" aria-hidden="true">
                  <div
                    className={`h-2 rounded ${f.lagging ? "bg-amber-500" : "bg-brand-600"}`}
                    style={{ width: `${Math.min(100, f.completion ?? 0)}%` }}
                  />
                </div>
                <p className="mt-1 text-sm">
                  完成 <strong data-testid={`completion-${c}`}>{formatPercent(f.completion)}</strong>
                  {ended ? (
                    <CompletionBadge complete={f.complete} />
                  ) : (
                    <>
                      ，序时进度 {formatPercent(elapsed)}
                      {f.lagging ? (
                        <span className="ml-2 font-semibold text-amber-700">进展较慢</span>
                      ) : (
                        <span className="ml-2 text-emerald-700">进度正常</span>
                      )}
                    </>
                  )}
                </p>
              </>
            )}
            <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-slate-500">已上报待验收</dt>
                <dd className="tabular-nums">
                  <FigureLink
                    href={caseListHref({ unitId, category: c, status: "SUBMITTED", asOf, path: casesPath })}
                    figure={f.submitted}
                  />
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">推进中</dt>
                <dd className="tabular-nums">
                  <FigureLink
                    href={caseListHref({ unitId, category: c, status: "WITH_UNIT", asOf, path: casesPath })}
                    figure={f.inProgress}
                    title="已登记、推进中和已退回的整治对象（尚未上报验收）"
                  />
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">尚未登记</dt>
                <dd className="tabular-nums">{f.notStarted ?? "/"}</dd>
              </div>
            </dl>
          </section>
        );
      })}
    </div>
  );
}

/** An ended campaign's verdict for one category: 完成 (target reached) or 未完成. */
export function CompletionBadge({ complete }: { complete: boolean | null }) {
  if (complete === null) return null;
  return complete ? (
    <span className="ml-2 font-semibold text-emerald-700" data-testid="verdict">
      完成
    </span>
  ) : (
    <span className="ml-2 font-semibold text-red-700" data-testid="verdict">
      未完成
    </span>
  );
}
