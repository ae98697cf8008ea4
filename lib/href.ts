// The one builder of in-app addresses with a query string (list filters, drill-downs, pagination).

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

/** `?page=` as a page number (1 when absent or malformed). */
export function pageParam(raw: string | string[] | undefined): number {
  return Math.max(1, Math.floor(Number(Array.isArray(raw) ? raw[0] : raw)) || 1);
}
