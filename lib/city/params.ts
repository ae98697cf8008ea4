// The city pages' parameters (docs/domain.md §市级).

/** `?year=`: a four-digit year, else null (the default year). */
export function parseYear(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}

/** The drill-down into a district (its dashboard, or `sub`: its ledger or its documents), carrying the year when one was chosen. */
export function districtHref(
  code: string,
  { year, sub }: { year?: number | null; sub?: "cases" | "documents" } = {},
): string {
  const path = `/city/districts/${code}${sub ? `/${sub}` : ""}`;
  return year ? `${path}?year=${year}` : path;
}

/** A district's document downloads for the city's drill-down: a 通报 / 约谈记录 by id, or the 工作简报 of a month. */
export const districtDocumentHref = {
  notice: (code: string, id: string) => `/api/city/districts/${code}/notices/${id}`,
  briefing: (code: string, month: string, year?: number | null) =>
    `/api/city/districts/${code}/briefing?month=${month}${year ? `&year=${year}` : ""}`,
};
