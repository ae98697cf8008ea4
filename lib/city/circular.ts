// 市级通报 (docs/domain.md §市级): which districts lag — the district's own rule for its units (lib/dashboard/pace.ts
// isLagging, the campaign's threshold) applied to the district rows of the city roll-up (lib/city/rollup.ts: completion
// over the city's target, else over the district's own breakdown). The document is lib/documents/city-circular.ts.
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { cityCell, type CityTarget } from "@/lib/city/rollup";
import { isLagging, lagReason } from "@/lib/dashboard/pace";
import type { FrozenDistrictCell, FrozenDistrictFigures } from "@/lib/documents/city-circular";
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";

export type DistrictFiguresInput = {
  districtId: number;
  name: string;
  /** The city's targets of the year for the district (a category absent: 未下达). */
  targets: Partial<Record<Category, QuotaCell>>;
  /** The district's own dashboard roll-up (its district row): the breakdown, accepted and awaiting review. */
  own: Record<Category, { quotaSum: QuotaCell; accepted: number; submitted: number }>;
  elapsed: number;
  /** The district campaign's 进展较慢 threshold (Campaign.lagThresholdPoints). */
  thresholdPoints: number;
  /** The district's campaign is over: nothing lags any more, only what was not reached counts. */
  ended: boolean;
};

/**
 * A district's row as a city 通报 states it, with the lag rule the district applies to its units: a category lags
 * when its completion is below the elapsed share minus the threshold (never for "/"); once the campaign is over,
 * the categories whose target was not reached are named instead.
 */
export function districtFigures(input: DistrictFiguresInput): FrozenDistrictFigures {
  const reasons: string[] = [];
  const figures = {} as Record<Category, FrozenDistrictCell>;
  for (const c of CATEGORIES) {
    const own = input.own[c];
    const cityTarget: CityTarget =
      c in input.targets ? { issued: true, target: input.targets[c] ?? null } : { issued: false };
    const cell = cityCell(cityTarget, { quotaSum: own.quotaSum, accepted: own.accepted });
    const target = cityTarget.issued ? cityTarget.target : own.quotaSum;
    figures[c] = {
      target,
      against: cell.against,
      accepted: own.accepted,
      submitted: own.submitted,
      completion: cell.completion,
    };
    if (target === null) continue;
    if (input.ended) {
      if (own.accepted < target) reasons.push(`${categoryLabel[c]}未完成（完成 ${own.accepted}/${target}）`);
    } else if (isLagging(cell.completion, input.elapsed, input.thresholdPoints)) {
      reasons.push(`${categoryLabel[c]}${lagReason(own.accepted, target, input.elapsed)}`);
    }
  }
  return {
    districtId: input.districtId,
    name: input.name,
    elapsed: input.elapsed,
    lagReason: reasons.length ? reasons.join("；") : null,
    figures,
  };
}
