import Link from "next/link";

import { buttonClass } from "@/components/ui/button";

/** Previous / next links of every paged list; `href(page)` builds each page's address (see lib/href.ts). */
export function Pagination({
  page: requested,
  pages,
  total,
  href,
  label = "分页",
}: {
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  // The lists show the last page for a page past the end (lib/paginate.ts); so does the pager.
  const page = Math.min(Math.max(1, requested), pages);
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-sm">
      <span className="text-slate-600">
        共 {total} 条，第 {page}/{pages} 页
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
