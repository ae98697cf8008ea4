import { Link } from "@/components/ui/app-link";
import { FigureLink } from "@/components/ui/figure-link";
import { caseListHref } from "@/lib/href";
import type { countOverdue } from "@/server/cases/count-overdue";

/** 逾期 cases on the dashboard and a unit page: the count, the first few, and the filtered list. Nothing when none. */
export function OverdueSummary({
  overdue,
  unitId,
  asOf,
}: {
  overdue: Awaited<ReturnType<typeof countOverdue>>;
  unitId?: number;
  /** 统计截至 a past day ("YYYY-MM-DD"): the count is as of then, and so is the list it opens. */
  asOf?: string | null;
}) {
  if (overdue.count === 0) return null;
  return (
    <section
      aria-labelledby="overdue-title"
      data-testid="overdue-summary"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h2 id="overdue-title" className="font-semibold text-amber-900">
        逾期未整改的整治对象{" "}
        <FigureLink href={caseListHref({ unitId, overdue: true, asOf })} figure={overdue.count} inline>
          {overdue.count} 件
        </FigureLink>
      </h2>
      <p className="mt-1 text-amber-900">
        {asOf ? `截至 ${asOf} 整改期限已过仍未上报验收：` : "整改期限已过仍未上报验收："}
        {overdue.first.map((c, i) => (
          <span key={c.id}>
            {i > 0 && "、"}
            <Link href={`/cases/${c.id}`} className="underline">
              {c.enterprise.name}
            </Link>
            {unitId ? "" : `（${c.unit.name}）`}
          </span>
        ))}
        {overdue.count > overdue.first.length && " 等"}
      </p>
    </section>
  );
}
