// 评价考核: one score sheet from a scheme, the facts of each subject and the office's adjustments —
// the total, the rank and each indicator's contribution. Pure; the draft and the publication use it.
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";
import { round2, scoreRule, type Ctx } from "./rules";

export type Indicator = { id: number; rule: string; label: string; maxPoints: number; params: unknown };
export type Adjustment = { indicatorId: number; subjectId: number; points: number; reason: string };
export type Subject<F> = { id: number; name: string; facts: F };

export type Contribution = {
  indicatorId: number;
  rule: string;
  label: string;
  maxPoints: number;
  /** The rule's points before any adjustment. */
  computed: number;
  /** The office's adjustment (0 when none) and its reason. */
  adjustment: number;
  reason: string | null;
  /** Points counted: computed + adjustment, kept within 0…maxPoints. */
  points: number;
  detail: string;
};

export type ScoreRow = { subjectId: number; name: string; total: number; rank: number; breakdown: Contribution[] };

/**
 * Every subject's score, best first. Equal totals share a rank (1, 2, 2, 4) and keep the given order
 * (the units' display order) among themselves.
 */
export function scoreSheet<F>(
  target: AssessmentTarget, indicators: readonly Indicator[], subjects: readonly Subject<F>[], adjustments: readonly Adjustment[], ctx: Ctx,
): ScoreRow[] {
  const adjusted = new Map(adjustments.map((a) => [`${a.indicatorId}:${a.subjectId}`, a]));
  const rows = subjects.map((s) => {
    const breakdown = indicators.map((ind): Contribution => {
      const { points: computed, detail } = scoreRule(target, ind.rule, s.facts, ind.maxPoints, ind.params, ctx);
      const adj = adjusted.get(`${ind.id}:${s.id}`);
      const adjustment = adj?.points ?? 0;
      return {
        indicatorId: ind.id, rule: ind.rule, label: ind.label, maxPoints: ind.maxPoints, computed, adjustment, reason: adj?.reason ?? null,
        points: round2(Math.min(ind.maxPoints, Math.max(0, computed + adjustment))), detail,
      };
    });
    return { subjectId: s.id, name: s.name, total: round2(breakdown.reduce((n, c) => n + c.points, 0)), rank: 0, breakdown };
  });
  return rank(rows);
}

/** Sorted by total, best first; equal totals share the rank and keep their order. */
export function rank<R extends { total: number; rank: number }>(rows: readonly R[]): R[] {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.total - a.r.total || a.i - b.i).map((x) => x.r);
  let previous = 0;
  return sorted.map((r, i) => {
    previous = i > 0 && sorted[i - 1].total === r.total ? previous : i + 1;
    return { ...r, rank: previous };
  });
}

/** The rows as stored in a publication: plain JSON, detached from the live objects (later changes never reach them). */
export function freezeRows(rows: readonly ScoreRow[]): ScoreRow[] {
  return JSON.parse(JSON.stringify(rows)) as ScoreRow[];
}

/** Whether a subject's frozen row may still be changed: never once published. */
export function isFrozen(publication: { publishedAt: Date } | null): boolean {
  return publication !== null;
}
