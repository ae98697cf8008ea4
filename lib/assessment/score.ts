// 评价考核: one score sheet from a scheme, the facts of each subject and the office's adjustments —
// the total, the rank and each indicator's contribution. Pure; the draft and the publication use it.
// The one fairness rule: an indicator that does not apply to a subject is left out and the others are
// rescaled to 100 (never full marks for it); a subject with no applicable indicator is 不参与排名.
import { type Ctx, round2, type RuleTarget, scoreRule } from "./rules";
import { SCHEME_TOTAL } from "./scheme";

export type Indicator = { id: number; rule: string; label: string; maxPoints: number; params: unknown };
export type Adjustment = { indicatorId: number; subjectId: number; points: number; reason: string };
export type Subject<F> = { id: number; name: string; facts: F };

export type Contribution = {
  indicatorId: number;
  rule: string;
  label: string;
  maxPoints: number;
  /** The rule's points before any adjustment; null: the indicator does not apply to the subject (不适用). */
  computed: number | null;
  /** The office's adjustment (0 when none) and its reason. */
  adjustment: number;
  reason: string | null;
  /** Points counted: computed + adjustment, kept within 0…maxPoints; null (not counted) when not applicable. */
  points: number | null;
  detail: string;
};

/** total and rank are null for a subject with no applicable indicator (不参与排名). */
export type ScoreRow = {
  subjectId: number;
  name: string;
  total: number | null;
  rank: number | null;
  breakdown: Contribution[];
};

/**
 * Every subject's score, best first, those not ranked (不参与排名) last. Equal totals share a rank (1, 2, 2, 4)
 * and keep the given order (the units' display order) among themselves. An adjustment applies on top of an
 * applicable indicator's points; on one that does not apply it is shown but not counted.
 */
export function scoreSheet<F>(
  target: RuleTarget,
  indicators: readonly Indicator[],
  subjects: readonly Subject<F>[],
  adjustments: readonly Adjustment[],
  ctx: Ctx,
): ScoreRow[] {
  const adjusted = new Map(adjustments.map((a) => [`${a.indicatorId}:${a.subjectId}`, a]));
  const rows = subjects.map((s) => {
    const breakdown = indicators.map((ind): Contribution => {
      const { points: computed, detail } = scoreRule(target, ind.rule, s.facts, ind.maxPoints, ind.params, ctx);
      const adj = adjusted.get(`${ind.id}:${s.id}`);
      const adjustment = adj?.points ?? 0;
      return {
        indicatorId: ind.id,
        rule: ind.rule,
        label: ind.label,
        maxPoints: ind.maxPoints,
        computed,
        adjustment,
        reason: adj?.reason ?? null,
        points: computed === null ? null : round2(Math.min(ind.maxPoints, Math.max(0, computed + adjustment))),
        detail,
      };
    });
    return { subjectId: s.id, name: s.name, total: rescaledTotal(breakdown), rank: null, breakdown };
  });
  return rank(rows);
}

type Counted = { maxPoints: number; points: number | null };

/** The full points of the indicators that apply (0: none applies). */
export function applicableMax(breakdown: readonly Counted[]): number {
  return breakdown.reduce((n, c) => n + (c.points === null ? 0 : c.maxPoints), 0);
}

/** The points of the applicable indicators rescaled to 100; null when none applies (不参与排名). */
export function rescaledTotal(breakdown: readonly Counted[]): number | null {
  const max = applicableMax(breakdown);
  if (max === 0) return null;
  return round2((breakdown.reduce((n, c) => n + (c.points ?? 0), 0) / max) * SCHEME_TOTAL);
}

/** An indicator's share of the rescaled total (what a stacked bar shows): its points × 100 ÷ the applicable full points. */
export function weightedPoints(c: Counted, breakdown: readonly Counted[]): number | null {
  const max = applicableMax(breakdown);
  return c.points === null || max === 0 ? null : round2((c.points / max) * SCHEME_TOTAL);
}

/** Sorted by total, best first, then those without a total (not ranked, rank null); equal totals share the rank and keep their order. */
export function rank<R extends { total: number | null; rank: number | null }>(rows: readonly R[]): R[] {
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (a.r.total === null ? 1 : 0) - (b.r.total === null ? 1 : 0) || (b.r.total ?? 0) - (a.r.total ?? 0) || a.i - b.i,
    )
    .map((x) => x.r);
  let previous = 0;
  return sorted.map((r, i) => {
    if (r.total === null) return { ...r, rank: null };
    previous = i > 0 && sorted[i - 1].total === r.total ? previous : i + 1;
    return { ...r, rank: previous };
  });
}

/** How many subjects are ranked (a township sees its own rank "of N"). */
export function rankedCount(rows: readonly { rank: number | null }[]): number {
  return rows.filter((r) => r.rank !== null).length;
}

/** Shown for a subject without applicable indicators, in place of a total and a rank. */
export const NOT_RANKED = "不参与排名";

/** The rule in one sentence, as the scheme and the ranking explain it. */
export const APPLICABILITY_RULE =
  "不适用的指标（如目标任务为“/”、未分解重点工作任务、牵头的重点工作任务没有数量目标、尚无可评判的事项）不计分也不给满分，总分按其余适用指标的分值折算为百分制；没有任何适用指标的单位（部门）不参与排名。";

/** The scheme as a publication keeps it beside the frozen rows: each indicator's rule, label, points and parameters. */
export function frozenScheme<P>(
  indicators: readonly { id: number; rule: string; label: string; maxPoints: number; params: P }[],
) {
  return indicators.map(({ id, rule, label, maxPoints, params }) => ({ id, rule, label, maxPoints, params }));
}

/** The rows as stored in a publication: plain JSON, detached from the live objects (later changes never reach them). */
export function freezeRows(rows: readonly ScoreRow[]): ScoreRow[] {
  return JSON.parse(JSON.stringify(rows)) as ScoreRow[];
}

/** Whether a subject's frozen row may still be changed: never once published. */
export function isFrozen(publication: { publishedAt: Date } | null): boolean {
  return publication !== null;
}
