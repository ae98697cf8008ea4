// 市级评价考核 (docs/domain.md §市级): the city office scores its districts for a year with the districts' own
// scoring machinery (lib/assessment: DISTRICT_RULES, scoreSheet, rank, freezeRows). Pure: what a district's
// facts are (its row of the city roll-up as of the day), what a figure links to, and what stops a publication.
import type { DistrictFacts } from "@/lib/assessment/rules";
import { isManualRule } from "@/lib/assessment/rules";
import type { Contribution } from "@/lib/assessment/score";
import { CATEGORIES } from "@/lib/campaigns/annex";
import { districtHref } from "@/lib/city/params";
import type { CityRow } from "@/lib/city/rollup";
import type { Category } from "@/lib/generated/prisma/enums";
import { caseListHref } from "@/lib/href";

/** The city's targets of one district and year: a number, null for "/"; a category absent: 未下达. */
export type TargetsOf = Partial<Record<Category, number | null>>;

/**
 * A district's facts: the city's targets of it, its row of the city roll-up as of the day (lib/city/rollup.ts:
 * its units' quotas summed and the cases accepted — a district without a campaign of the year has split and
 * accepted nothing) and the city 通报 naming it by then.
 */
export function districtFacts(
  row: Pick<CityRow<unknown>, "cells">,
  targets: TargetsOf,
  circulars: number,
): DistrictFacts {
  const cells = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      {
        target: c in targets ? (targets[c] ?? null) : undefined,
        split: row.cells ? (row.cells[c].quotaSum ?? 0) : null,
        accepted: row.cells?.[c].accepted ?? 0,
      },
    ]),
  ) as DistrictFacts["cells"];
  return { cells, circulars };
}

/**
 * Where a figure of the score sheet leads (what it counts), or null when nothing counts it (a manual score: its
 * reason says why): the completion rates to the district's read-only ledger of the cases accepted by the day,
 * the split to the city's target grid of the year, the 通报 to the city's 通报 of the year.
 */
export function figureHref(
  rule: string,
  { code, year, asOf }: { code: string; year: number; asOf: string | null },
): string | null {
  const category = rule.startsWith("completion.") ? (rule.slice("completion.".length) as Category) : null;
  if (category && (CATEGORIES as readonly string[]).includes(category))
    return caseListHref({
      category,
      status: "ACCEPTED",
      asOf,
      path: districtHref(code, { year, sub: "cases" }),
    });
  if (rule === "split") return `/city/targets?year=${year}`;
  if (rule === "notices") return `/city/circulars?year=${year}`;
  return null;
}

/**
 * The manual items not yet scored (no score with a reason) of the districts that are ranked: a publication
 * waits until each is scored — an unscored item would publish a 0 nobody gave.
 */
export function unscoredItems(
  rows: readonly { name: string; total: number | null; breakdown: readonly Contribution[] }[],
): string[] {
  return rows.flatMap((r) =>
    r.total === null
      ? []
      : r.breakdown
          .filter((c) => isManualRule("DISTRICT", c.rule) && c.points !== null && c.reason === null)
          .map((c) => `${r.name}：${c.label}`),
  );
}

/** The refusal of a publication with unscored items, naming the first few. */
export function unscoredRefusal(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, 3).join("、");
  return `尚有 ${items.length} 项市工强办评分未评（${shown}${items.length > 3 ? " 等" : ""}），请评分后再发布`;
}
