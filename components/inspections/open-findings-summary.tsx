import Link from "next/link";

import { linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import { beijingDay } from "@/lib/dates";
import { withQuery } from "@/lib/href";
import { countOpenFindings } from "@/server/inspections/list-findings";
import type { SessionUser } from "@/server/session";

/** The dashboard's line on 监督检查: findings awaiting rectification (past due among them) and answers awaiting the office. */
export async function OpenFindingsSummary({ user, campaignId }: { user: SessionUser; campaignId: number }) {
  if (!canSee(user.role, "inspections")) return null;
  const { open, overdue, answered } = await countOpenFindings(user, campaignId, beijingDay(new Date()));
  if (open + answered === 0) return null;
  return (
    <p data-testid="open-findings" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm">
      监督检查：
      <Link href="/inspections" className={linkClass({ inline: true })}>
        待整改 {open} 个问题
      </Link>
      {overdue > 0 && <span className="text-red-700">（其中逾期 {overdue} 个）</span>}，
      <Link href={withQuery("/inspections", { status: "answered" })} className={linkClass({ inline: true })}>
        已答复待销号 {answered} 个
      </Link>
    </p>
  );
}
