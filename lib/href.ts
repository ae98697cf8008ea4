// The one builder of in-app addresses with a query string (list filters, drill-downs, pagination).

import { intId } from "@/lib/fields";

type Params = Record<string, string | number | null | undefined>;

/** `path?k=v…`, leaving out empty values and page 1, so each list state has one address. */
export function withQuery(path: string, params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (k === "page" && v === 1)) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** `?page=` as a page number: 1 when absent, malformed or beyond any real list (a database integer). */
export function pageParam(raw: string | string[] | undefined): number {
  const page = intId.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return page.success ? page.data : 1;
}
