// The city pages' parameters (docs/domain.md §市级).

/** `?year=`: a four-digit year, else null (the default year). */
export function parseYear(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}

/** The drill-down into a district (its dashboard, or `sub`: its ledger), carrying the year when one was chosen. */
export function districtHref(code: string, { year, sub }: { year?: number | null; sub?: "cases" } = {}): string {
  const path = `/city/districts/${code}${sub ? `/${sub}` : ""}`;
  return year ? `${path}?year=${year}` : path;
}
