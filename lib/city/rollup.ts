// 全市汇总 (docs/domain.md §市级): districts as rows, each rolled up from its own units exactly as the
// district dashboard rolls up its units (lib/dashboard/pace.ts rollUp — the district row is handed in
// here, never recomputed), beside the city's target for the district (DistrictTarget) and a city total.
import { CATEGORIES, type QuotaCell, sumQuota } from "@/lib/campaigns/annex";
import { completionPercent } from "@/lib/dashboard/pace";
import type { Category } from "@/lib/generated/prisma/enums";

/** The city's target for a district and category: a number, "/" (null: the district has none), or not issued yet. */
export type CityTarget = { issued: false } | { issued: true; target: QuotaCell };

/** A district's own roll-up of a category (the dashboard's district row): its units' quotas summed and the accepted cases. */
export type DistrictFigures = { quotaSum: QuotaCell; accepted: number };

export type CityCell = {
  cityTarget: CityTarget;
  /** 分解到镇街: the district's units' quotas summed ("/" when no unit has one). */
  quotaSum: QuotaCell;
  accepted: number;
  /**
   * 完成率: accepted over the city's target; where the city has issued none, over the district's own
   * breakdown (`against: "QUOTAS"`); null where neither applies ("/").
   */
  completion: number | null;
  against: "CITY" | "QUOTAS" | null;
};

export type CityRow<D> = {
  district: D;
  /** null: the district has no campaign for the year (本年度尚未建立). */
  cells: Record<Category, CityCell> | null;
};

export type CityInput<D> = {
  district: D;
  targets: Partial<Record<Category, QuotaCell>>;
  figures: Record<Category, DistrictFigures> | null;
};

/** One cell from the city's target (if issued) and the district's own roll-up. */
export function cityCell(cityTarget: CityTarget, figures: DistrictFigures): CityCell {
  const base = cityTarget.issued ? cityTarget.target : figures.quotaSum;
  const against = base === null ? null : cityTarget.issued ? "CITY" : "QUOTAS";
  return {
    cityTarget,
    quotaSum: figures.quotaSum,
    accepted: figures.accepted,
    completion: completionPercent(figures.accepted, base),
    against,
  };
}

const targetOf = (targets: Partial<Record<Category, QuotaCell>>, c: Category): CityTarget =>
  c in targets ? { issued: true, target: targets[c] ?? null } : { issued: false };

/**
 * The city's rows and its total. The total sums the districts' cells: the issued city targets ("/" when
 * none applies; 未下达 only when no district has one), the breakdowns, the accepted cases — and its 完成率
 * is over the summed city targets, or over the summed breakdowns when the city has issued none.
 */
export function cityRollUp<D>(inputs: CityInput<D>[]): { rows: CityRow<D>[]; total: Record<Category, CityCell> } {
  const rows = inputs.map((i): CityRow<D> => ({
    district: i.district,
    cells: i.figures
      ? (Object.fromEntries(CATEGORIES.map((c) => [c, cityCell(targetOf(i.targets, c), i.figures![c])])) as Record<
          Category,
          CityCell
        >)
      : null,
  }));
  const total = {} as Record<Category, CityCell>;
  for (const c of CATEGORIES) {
    const issued = inputs.filter((i) => c in i.targets).map((i) => i.targets[c] ?? null);
    const cells = rows.flatMap((r) => (r.cells ? [r.cells[c]] : []));
    total[c] = cityCell(issued.length ? { issued: true, target: sumQuota(issued) } : { issued: false }, {
      quotaSum: sumQuota(cells.map((x) => x.quotaSum)),
      accepted: cells.reduce((n, x) => n + x.accepted, 0),
    });
  }
  return { rows, total };
}

/** How a city target reads: the number, "/" for none, 未下达 when the city has not set it. */
export function formatCityTarget(t: CityTarget): string {
  if (!t.issued) return "未下达";
  return t.target === null ? "/" : String(t.target);
}
