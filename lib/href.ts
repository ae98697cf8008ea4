// The one builder of in-app addresses with a query string (list filters, drill-downs, pagination).

import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";

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

/** Drill-down address into the case list (/cases), e.g. from the dashboard's figures. */
export function caseListHref({
  unitId,
  status,
  category,
  overdue,
}: {
  unitId?: number;
  status?: CaseStatus;
  category?: Category;
  overdue?: boolean;
}): string {
  return withQuery("/cases", { unit: unitId, status, category, overdue: overdue ? "1" : undefined });
}

/** Drill-down address of a task line's figure: the records (or entries) it counts, of one unit or one T9 department. */
export function lineRecordsHref(lineId: number, filter: { unitId?: number; departmentId?: number } = {}): string {
  return withQuery(`/tasks/${lineId}/records`, { unit: filter.unitId, department: filter.departmentId });
}
