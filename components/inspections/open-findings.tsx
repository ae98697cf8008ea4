import { FindingTable } from "@/components/inspections/finding-table";
import { Link } from "@/components/ui/app-link";
import { FigureLink } from "@/components/ui/figure-link";
import { linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import { withQuery } from "@/lib/href";
import { listOpenFindings } from "@/server/inspections/list-findings";
import type { SessionUser } from "@/server/session";

/**
 * The unit page's 监督检查 section: its findings not yet closed that the user may read (nothing for
 * those outside the area); `at`/`asOf`: as they stood at the end of a past 统计截至 day.
 */
export async function OpenFindings({
  user,
  campaignId,
  unitId,
  at,
  asOf,
}: {
  user: SessionUser;
  campaignId: number;
  unitId: number;
  at?: Date;
  asOf?: string | null;
}) {
  if (!canSee(user.role, "inspections")) return null;
  const { rows, total } = await listOpenFindings(user, campaignId, unitId, 20, at);
  const list = (status?: string) => withQuery("/inspections", { status, unit: unitId, asOf });
  return (
    <section aria-labelledby="open-findings-title" className="space-y-2">
      <h2 id="open-findings-title" className="font-semibold">
        监督检查未销号的问题（
        <FigureLink href={list("unresolved")} figure={total} inline />）
      </h2>
      <FindingTable rows={rows} empty="没有未销号的检查问题。" caption="监督检查未销号的问题" />
      <p className="text-sm">
        {total > rows.length && (
          <>
            仅显示前 {rows.length} 个，
            <Link href={list("unresolved")} className={linkClass()}>
              查看全部 {total} 个
            </Link>
            ；
          </>
        )}
        <Link href={withQuery("/inspections", { asOf })} className={linkClass()}>
          查看全部监督检查
        </Link>
      </p>
    </section>
  );
}
