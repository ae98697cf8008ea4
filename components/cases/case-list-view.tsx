import { CaseFilters } from "@/components/cases/case-filters";
import { CaseTable } from "@/components/cases/case-table";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { AREAS, canSee } from "@/lib/areas";
import type { CaseListFilters } from "@/lib/cases/list-filters";
import { formatDate } from "@/lib/format";
import type { Campaign } from "@/lib/generated/prisma/client";
import { withQuery } from "@/lib/href";
import { readsOwnUnitOnly } from "@/lib/rights";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listCases } from "@/server/cases/list-cases";
import type { SessionUser } from "@/server/session";
import { listUnits } from "@/server/units/list-units";

/** The case ledger. */
export async function CaseListView({
  user,
  filters,
  basePath,
  title,
  emptyText,
  drill,
}: {
  user: SessionUser;
  filters: CaseListFilters;
  basePath: string;
  title: string;
  emptyText: string;
  /** The city's read-only drill-down (docs/domain.md §市级): the district's year shown, the page's own parameters kept, no record opened. */
  drill?: { campaign: Campaign; keep: Record<string, string> };
}) {
  const campaign = drill?.campaign ?? (await getCurrentCampaign(user));
  const showUnit = !readsOwnUnitOnly(user);
  const [{ rows, total, pages, asOf }, units] = await Promise.all([
    listCases(user, campaign.id, filters),
    showUnit ? listUnits(user) : Promise.resolve(undefined),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{title}</h1>
        <div className="flex flex-wrap gap-2">
          {canSee(user.role, "ledgerImport") && (
            <Link
              href={canSee(user.role, "adminImport") ? AREAS.adminImport.href : AREAS.ledgerImport.href}
              className={buttonClass({ variant: "secondary" })}
            >
              从 Excel 导入
            </Link>
          )}
          {canSee(user.role, "registration") && (
            <Link href={AREAS.registration.href} className={buttonClass()}>
              登记整治对象
            </Link>
          )}
        </div>
      </div>
      {asOf && (
        <p data-testid="list-as-of" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm">
          统计截至 <strong>{formatDate(asOf)}</strong>
          ：按当日的记录还原，只列当日已登记的整治对象，状态、逾期均为当日的情况。{" "}
          <Link href={withQuery(basePath, { ...filters, asOf: undefined, page: 1 })} className={linkClass()}>
            回到今天
          </Link>
        </p>
      )}
      {filters.relapsed && <p className="text-sm text-slate-600">只列回访发现死灰复燃、尚未重新验收的整治对象。</p>}
      <CaseFilters filters={filters} units={units} keep={drill?.keep} />
      {rows.length === 0 ? (
        <>
          <EmptyState dashed>{emptyText}</EmptyState>
          <p className="text-sm text-slate-600">
            共 <span data-total={0}>0</span> 条
          </p>
        </>
      ) : (
        <>
          <CaseTable rows={rows} showUnit={showUnit} detailLinks={!drill} />
          <Pagination
            page={filters.page}
            pages={pages}
            total={total}
            href={(page) => withQuery(basePath, { ...filters, page })}
          />
        </>
      )}
    </div>
  );
}
