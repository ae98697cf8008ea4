import Link from "next/link";

/** Previous / next links; `href(page)` builds each page's address. */
export function Pagination({ page, pages, total, href }: { page: number; pages: number; total: number; href: (page: number) => string }) {
  return (
    <nav aria-label="分页" className="flex items-center justify-between gap-3 text-sm">
      <span className="text-slate-600">共 {total} 条，第 {page}/{pages} 页</span>
      <span className="flex gap-2">
        {page > 1 && <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page - 1)}>上一页</Link>}
        {page < pages && <Link className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" href={href(page + 1)}>下一页</Link>}
      </span>
    </nav>
  );
}
