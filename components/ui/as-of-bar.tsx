import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import { beijingIsoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { withQuery } from "@/lib/href";

/**
 * 统计截至 on a page that is not the dashboard (the task lines, a line's records): the day the figures are
 * read at, stated once, a date field to pick another (a GET form keeping `keep`), and — on a past day —
 * what that means and the way back to today. `error`: the ?asOf= given was not a date (today shown).
 */
export function AsOfBar({
  path,
  at,
  past,
  error = null,
  keep = {},
  what = "各项数字",
}: {
  path: string;
  at: Date;
  past: boolean;
  error?: string | null;
  keep?: Record<string, string | number | undefined>;
  what?: string;
}) {
  const kept = Object.entries(keep).filter((e): e is [string, string | number] => e[1] !== undefined);
  return (
    <div className="space-y-1 text-sm">
      {past && (
        <p data-testid="list-as-of" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2">
          统计截至 <strong data-testid="as-of">{formatDate(at)}</strong>：{what}
          按当日的记录还原（计入日期在当日及以前的记录）。{" "}
          <Link href={withQuery(path, Object.fromEntries(kept))} className={linkClass()}>
            回到今天
          </Link>
        </p>
      )}
      <form method="get" action={path} className="no-print flex flex-wrap items-center gap-2" aria-label="按日期查看">
        {kept.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
        <label htmlFor="as-of-input">统计截至</label>
        <input
          id="as-of-input"
          type="date"
          name="asOf"
          defaultValue={beijingIsoDay(at)}
          max={beijingIsoDay(new Date())}
          className="min-h-11 rounded border border-slate-300 px-2 py-1 sm:min-h-0"
          aria-describedby={error ? "as-of-error" : undefined}
        />
        <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
          查看
        </button>
        {error && (
          <span id="as-of-error" role="alert" className="text-red-700">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}
