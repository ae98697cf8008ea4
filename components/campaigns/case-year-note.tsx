import { Link } from "@/components/ui/app-link";
import { linkClass } from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { getCaseYear } from "@/server/campaigns/get-case-year";

/** On a case page: its year, whether that year is closed, and the case it carries on or was carried into. */
export async function CaseYearNote({ caseId }: { caseId: string }) {
  const c = await getCaseYear(caseId);
  if (!c) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="case-year">
      {c.campaign.year}年度{c.campaign.closedAt && "（已关闭，只能查看）"}
      {c.carriedFrom && (
        <>
          {" "}
          · 由{" "}
          <Link href={`/cases/${c.carriedFrom.id}`} className={linkClass({ inline: true })}>
            {c.carriedFrom.campaign.year}年度整治对象
          </Link>{" "}
          结转
        </>
      )}
      {c.carriedTo && (
        <>
          {" "}
          · 已结转至{" "}
          <Link href={`/cases/${c.carriedTo.id}`} className={linkClass({ inline: true })}>
            {c.carriedTo.campaign.year}年度
          </Link>
        </>
      )}
      {c.closedIncompleteAt && (
        <>
          {" "}
          · {formatDate(c.closedIncompleteAt)} 按未完成关闭：{c.closedIncompleteReason}
        </>
      )}
    </p>
  );
}
