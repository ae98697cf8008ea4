// The one builder of in-app addresses with a query string (list filters, drill-downs, pagination).

import type { StatusChoice } from "@/lib/cases/figure-filter";
import type { Category, Industry } from "@/lib/generated/prisma/enums";

type Params = Record<string, string | number | null | undefined>;

/** `path?k=v…`, leaving out empty values and page 1, so each list state has one address. */
export function withQuery(path: string, params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (k === "page" && v === 1)) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path;
}

/**
 * Drill-down address into the case list (/cases), e.g. from the dashboard's figures: the cases the
 * figure counts (lib/cases/figure-filter.ts), as of its 统计截至 day (`asOf`, "YYYY-MM-DD") when it is
 * a past day.
 */
export function caseListHref({
  unitId,
  status,
  category,
  overdue,
  relapsed,
  industry,
  asOf,
  path = "/cases",
}: {
  unitId?: number;
  status?: StatusChoice;
  category?: Category;
  industry?: Industry;
  overdue?: boolean;
  relapsed?: boolean;
  asOf?: string | null;
  /** The list's address: 整治台账, or a district's read-only ledger on the city's drill-down. */
  path?: string;
}): string {
  return withQuery(path, {
    unit: unitId,
    status,
    category,
    overdue: overdue ? "1" : undefined,
    industry,
    relapsed: relapsed ? "1" : undefined,
    asOf,
  });
}

/** A page's address carrying the 统计截至 day when it is a past day (a unit's page, the task lines …). */
export function withAsOf(path: string, asOf: string | null | undefined): string {
  if (!asOf) return path;
  return `${path}${path.includes("?") ? "&" : "?"}asOf=${encodeURIComponent(asOf)}`;
}

/**
 * Drill-down address of a task line's figure: the records (or entries) it counts, of one unit or one T9
 * department, as of its 统计截至 day (`asOf`, "YYYY-MM-DD") when it is a past day.
 */
export function lineRecordsHref(
  lineId: number,
  filter: { unitId?: number; departmentId?: number } = {},
  asOf?: string | null,
): string {
  return withQuery(`/tasks/${lineId}/records`, { unit: filter.unitId, department: filter.departmentId, asOf });
}
