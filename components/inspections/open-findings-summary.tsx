import { FigureLink } from "@/components/ui/figure-link";
import { canSee } from "@/lib/areas";
import { beijingDay } from "@/lib/dates";
import { withQuery } from "@/lib/href";
import { countOpenFindings } from "@/server/inspections/list-findings";
import type { SessionUser } from "@/server/session";

/**
 * The dashboard's line on 监督检查: findings awaiting rectification (past due among them) and answers
 * awaiting the office; `at`/`asOf`: as they stood at the end of a past 统计截至 day. Each number opens
 * the list of exactly those findings.
 */
export async function OpenFindingsSummary({
  user,
  campaignId,
  at,
  asOf,
}: {
  user: SessionUser;
  campaignId: number;
  at?: Date;
  asOf?: string | null;
}) {
  if (!canSee(user.role, "inspections")) return null;
  const { open, overdue, answered } = await countOpenFindings(user, campaignId, beijingDay(at ?? new Date()), at);
  if (open + answered === 0) return null;
  return (
    <p data-testid="open-findings" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm">
      监督检查：
      <FigureLink href={withQuery("/inspections", { status: "open", asOf })} figure={open} inline>
        待整改 {open} 个问题
      </FigureLink>
      {overdue > 0 && (
        <span className="text-red-700">
          （其中
          <FigureLink href={withQuery("/inspections", { status: "open", overdue: "1", asOf })} figure={overdue} inline>
            逾期 {overdue} 个
          </FigureLink>
          ）
        </span>
      )}
      ，
      <FigureLink href={withQuery("/inspections", { status: "answered", asOf })} figure={answered} inline>
        已答复待销号 {answered} 个
      </FigureLink>
    </p>
  );
}
