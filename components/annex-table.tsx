import { type AnnexCells, type AnnexRow, AnnexTableView } from "@/components/annex-table-view";
import { CATEGORIES, formatUnitsMet, unitsMeetingTarget } from "@/lib/campaigns/annex";
import type { CategoryFigures, UnitRow } from "@/lib/dashboard/pace";
import type { Category } from "@/lib/generated/prisma/enums";

type Props = {
  rows: UnitRow[];
  district?: Record<Category, CategoryFigures>;
  ended?: boolean;
  asOf?: string | null;
  /** The city's read-only drill-down: the ledger the figures open, and no link to the units' pages. */
  casesPath?: string;
};

const cells = (f: CategoryFigures): AnnexCells => ({
  t: f.target,
  r: f.registered,
  s: f.submitted,
  a: f.accepted,
  c: f.completion,
  l: f.lagging,
});
const byCategory = (f: Record<Category, CategoryFigures>) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, cells(f[c])])) as Record<Category, AnnexCells>;

/**
 * 目标任务分解表 with actuals (components/annex-table-view.tsx draws it): only the figures the table
 * shows are handed to the browser, not the units' whole figure rows (forecasts, status counts).
 */
export function AnnexTable({ rows, district, ended = false, asOf, casesPath }: Props) {
  const compact: AnnexRow[] = rows.map((r) => ({
    id: r.unitId,
    name: r.name,
    lag: r.lagReason,
    short: r.shortfallReason,
    quota: CATEGORIES.some((c) => r.quotas[c] !== null),
    f: byCategory(r.figures),
  }));
  // 达标单位 n/m beside the district sum: counted unit by unit (lib/campaigns/annex.ts unitsMeetingTarget).
  const met = Object.fromEntries(
    CATEGORIES.map((c) => [c, formatUnitsMet(unitsMeetingTarget(rows.map((r) => r.figures[c])))]),
  ) as Record<Category, string | null>;
  return (
    <AnnexTableView
      rows={compact}
      district={district && byCategory(district)}
      met={met}
      ended={ended}
      asOf={asOf}
      casesPath={casesPath}
    />
  );
}
