// Drill-down addresses into the case list (/cases), which filters by these query parameters.
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";

export type CaseFilter = { unitId?: number; status?: CaseStatus; category?: Category };

export function caseListHref({ unitId, status, category }: CaseFilter): string {
  const q = new URLSearchParams();
  if (unitId !== undefined) q.set("unit", String(unitId));
  if (status) q.set("status", status);
  if (category) q.set("category", category);
  const s = q.toString();
  return s ? `/cases?${s}` : "/cases";
}
