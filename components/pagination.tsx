import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";

/**
 * Previous / next links of every paged list; `href(page)` builds each page's address (see lib/href.ts).
 * The total carries `data-total`: a figure's link (components/ui/figure-link.tsx) opens a list whose
 * total must equal the figure.
 */
export function Pagination({
  page: requested,
  pages,
  total,
  href,
  label = "分页",
  countsFigure = true,
}: {
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
  label?: string;
  /** false on a second list of a page: only the list a figure opens carries `data-total`. */
  countsFigure?: boolean;
}) {
  // The lists show the last page for a page past the end (lib/paginate.ts); so does the pager.
  const page = Math.min(Math.max(1, requested), pages);
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-sm">
      <span className="text-slate-600">
        共 <span data-total={countsFigure ? total : undefined}>{total}</span> 条，第 {page}/{pages} 页
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link className={buttonClass({ variant: "secondary", size: "sm" })} href={href(page - 1)}>
            上一页
          </Link>
        )}
        {page < pages && (
          <Link className={buttonClass({ variant: "secondary", size: "sm" })} href={href(page + 1)}>
            下一页
          </Link>
        )}
      </span>
    </nav>
  );
}
