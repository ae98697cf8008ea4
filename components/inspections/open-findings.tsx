import Link from "next/link";

import { FindingTable } from "@/components/inspections/finding-table";
import { linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import { listOpenFindings } from "@/server/inspections/list-findings";
import type { SessionUser } from "@/server/session";

/** The unit page's 监督检查 section: its findings not yet closed that the user may read (nothing for those outside the area). */
export async function OpenFindings({
  user,
  campaignId,
  unitId,
}: {
  user: SessionUser;
  campaignId: number;
  unitId: number;
}) {
  if (!canSee(user.role, "inspections")) return null;
  const rows = await listOpenFindings(user, campaignId, unitId);
  return (
    <section aria-labelledby="open-findings-title" className="space-y-2">
      <h2 id="open-findings-title" className="font-semibold">
        监督检查未销号的问题（{rows.length}
        {rows.length === 20 ? "+" : ""}）
      </h2>
      <FindingTable rows={rows} empty="没有未销号的检查问题。" caption="监督检查未销号的问题" />
      <p className="text-sm">
        <Link href="/inspections" className={linkClass()}>
          查看全部监督检查
        </Link>
      </p>
    </section>
  );
}
