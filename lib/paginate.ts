// The one pagination rule of every list: a page holds PAGE_SIZE rows, the requested page is clamped to
// the last one (an empty list still has its one, empty, page), and the rows to read follow from it.

export const PAGE_SIZE = 20;

export type PageWindow = { page: number; pages: number; skip: number; take: number };

export function paginate(total: number, requested: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.trunc(requested) : 1), pages);
  return { page, pages, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
}
