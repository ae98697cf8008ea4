// The annex (目标任务分解表): per-unit quotas and the district row, which is always computed.
import type { Category } from "@/lib/generated/prisma/enums";

/** A quota cell: a number, or null where the annex says "/" (not applicable — not 0). */
export type QuotaCell = number | null;

export const CATEGORIES: readonly Category[] = ["ELIMINATION", "RECTIFICATION"];

export type AnnexRow = {
  unitId: number;
  name: string;
  quotas: Record<Category, QuotaCell>;
};

/** Sum of the applicable cells; "/" when no unit has a quota in that category. */
export function sumQuota(cells: QuotaCell[]): QuotaCell {
  const applicable = cells.filter((c): c is number => c !== null);
  return applicable.length === 0 ? null : applicable.reduce((a, b) => a + b, 0);
}

export function districtRow(rows: AnnexRow[]): Record<Category, QuotaCell> {
  return {
    ELIMINATION: sumQuota(rows.map((r) => r.quotas.ELIMINATION)),
    RECTIFICATION: sumQuota(rows.map((r) => r.quotas.RECTIFICATION)),
  };
}

export function formatQuota(cell: QuotaCell): string {
  return cell === null ? "/" : String(cell);
}
