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

// 目标外 (docs/domain.md §目标与分解表): a unit may still register a case in a category its annex cell
// marks "/" — an enterprise found on its territory is dealt with all the same — but only after the
// officer confirms it; the case is then marked 目标外 and counts toward no unit's target.

/** The unit's cell in the case's category is "/". A unit with no cell yet (quota not set) is not judged. */
export function isOutsideTarget(cell: QuotaCell | undefined): boolean {
  return cell === null;
}

export type OutsideTargetDecision = { ok: true; outsideTarget: boolean } | { ok: false; reason: string };

/** Registering a case: refused until confirmed where the cell is "/"; the answer says whether the case is 目标外. */
export function decideOutsideTarget(
  cell: QuotaCell | undefined,
  confirmed: boolean,
  categoryName: string,
): OutsideTargetDecision {
  if (!isOutsideTarget(cell)) return { ok: true, outsideTarget: false };
  if (!confirmed)
    return {
      ok: false,
      reason: `本单位在目标任务分解表中“${categoryName}”一栏为“/”（不承担该类目标），须确认登记为目标外整治对象`,
    };
  return { ok: true, outsideTarget: true };
}

export type UnitsMet = { met: number; of: number };

/**
 * 达标单位 n/m of a category: of the units with a target (a number, 0 included — a zero target is met),
 * how many have accepted at least as many cases as their target. Counted unit by unit, so one unit's
 * surplus never hides another's shortfall the way the district sum does.
 */
export function unitsMeetingTarget(rows: readonly { target: QuotaCell; accepted: number }[]): UnitsMet {
  const withTarget = rows.filter((r): r is { target: number; accepted: number } => r.target !== null);
  return { met: withTarget.filter((r) => r.accepted >= r.target).length, of: withTarget.length };
}

/** “达标单位 7/12”; null where no unit has a target in the category. */
export function formatUnitsMet({ met, of }: UnitsMet): string | null {
  return of === 0 ? null : `达标单位 ${met}/${of}`;
}
