// 通报 and 约谈: the figures a 通报 freezes, and when a 约谈's follow-up is due.
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import type { UnitRow } from "@/lib/dashboard/pace";
import { hasDayCome } from "@/lib/dates";
import type { Category, NoticeKind } from "@/lib/generated/prisma/enums";

export type FrozenUnitFigures = {
  unitId: number;
  name: string;
  lagReason: string | null;
  figures: Record<Category, { target: QuotaCell; accepted: number; submitted: number; completion: number | null }>;
};

export type FrozenFigures = { at: string; elapsed: number; units: FrozenUnitFigures[] };

/** The named units' dashboard rows at this moment, as plain JSON kept in the 通报 record. */
export function freezeFigures(rows: UnitRow[], unitIds: readonly number[], elapsed: number, at: Date): FrozenFigures {
  const units = rows
    .filter((r) => unitIds.includes(r.unitId))
    .map((r) => ({
      unitId: r.unitId,
      name: r.name,
      lagReason: r.lagReason ?? r.shortfallReason,
      figures: Object.fromEntries(
        CATEGORIES.map((c) => {
          const f = r.figures[c];
          return [c, { target: f.target, accepted: f.accepted, submitted: f.submitted, completion: f.completion }];
        }),
      ) as FrozenUnitFigures["figures"],
    }));
  return { at: at.toISOString(), elapsed, units };
}

/** The figures as one unit may read them: its own row only (a township's copy of a 通报). */
export function figuresOfUnit(figures: FrozenFigures, unitId: number): FrozenFigures {
  return { ...figures, units: figures.units.filter((u) => u.unitId === unitId) };
}

/** A 约谈 whose follow-up date has come (Beijing day) and that the office has not marked followed up. */
export function isFollowUpDue(
  n: { kind: NoticeKind; followUpDate: Date | null; followUpDoneAt: Date | null },
  now: Date,
): boolean {
  if (n.kind !== "INTERVIEW" || !n.followUpDate || n.followUpDoneAt) return false;
  return hasDayCome(n.followUpDate, now);
}

/** Units named in a notice that have not acknowledged it yet. */
export function unacknowledged<T extends { acknowledgedAt: Date | null }>(units: T[]): T[] {
  return units.filter((u) => !u.acknowledgedAt);
}
