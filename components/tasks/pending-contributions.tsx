import { ContributionReview } from "@/components/tasks/contribution-review";
import { EntryDetails } from "@/components/tasks/entry-details";
import { Link } from "@/components/ui/app-link";
import { Card, EmptyState } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { formatDate, formatDateTime } from "@/lib/format";
import { measureLabel } from "@/lib/labels";
import { describeEntry } from "@/lib/tasks/progress";
import type { PendingContribution } from "@/server/tasks/list-pending-contributions";

/** The queue of unit contributions to confirm or return, with what each records and its evidence. */
export function PendingContributions({ rows, showLine }: { rows: PendingContribution[]; showLine: boolean }) {
  if (rows.length === 0) return <EmptyState dashed>没有待确认的单位进展。</EmptyState>;
  return (
    <ol className="space-y-3">
      {rows.map((e) => {
        const what = describeEntry(e, measureLabel[e.taskLine.measure]);
        return (
          <Card key={e.id} as="li" className="text-sm" data-testid="pending-contribution">
            <div className="flex flex-wrap gap-x-3">
              {showLine && (
                <Link href={`/tasks/${e.taskLine.id}`} className={linkClass({ className: "font-semibold" })}>
                  {e.taskLine.code}
                </Link>
              )}
              <span className="font-semibold">{e.unit?.name}</span>
              <span>{formatDate(e.date)}</span>
              <span className="font-medium">{what}</span>
              <span className="text-slate-500">
                {e.author.displayName} 登记于 {formatDateTime(e.createdAt)}
                {e.version > 0 ? "（已更正）" : ""}
              </span>
            </div>
            <EntryDetails e={e} />
            <ContributionReview progressId={e.id} version={e.version} what={`${e.unit?.name ?? ""}的${what}`} />
          </Card>
        );
      })}
    </ol>
  );
}
