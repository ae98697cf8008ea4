// The annex (目标任务分解表): quota cells; the district row is summed from the unit rows (lib/dashboard/pace.ts rollUp).
import type { Category } from "@/lib/generated/prisma/enums";

/** A quota cell: a number, or null where the annex says "/" (not applicable — not 0). */
export type QuotaCell = number | null;

export const CATEGORIES: readonly Category[] = ["ELIMINATION", "RECTIFICATION"];

/** Sum of the applicable cells; "/" when no unit has a quota in that category. */
export function sumQuota(cells: QuotaCell[]): QuotaCell {
  const applicable = cells.filter((c): c is number => c !== null);
  return applicable.length === 0 ? null : applicable.reduce((a, b) => a + b, 0);
}

export function formatQuota(cell: QuotaCell): string {
  return cell === null ? "/" : String(cell);
}
