// The frozen figures of a unit as a document states them.
import { CATEGORIES } from "@/lib/campaigns/annex";
import { formatPercent } from "@/lib/format";
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";
import type { FrozenUnitFigures } from "@/lib/supervision/rules";

/**
 * One unit's figures in words, categories without a task left out, e.g.
 * “淘汰落后产能目标12家，已验收3家，待验收1家，完成率25%；“低散乱”整治提升目标40家，已验收10家，完成率25%”.
 */
export function figuresClause(figures: FrozenUnitFigures["figures"]): string {
  const parts = CATEGORIES.flatMap((c) => {
    const f = figures[c];
    if (f.target === null) return [];
    const waiting = f.submitted > 0 ? `，待验收${f.submitted}家` : "";
    return [
      `${categoryLabel[c]}目标${f.target}家，已验收${f.accepted}家${waiting}，完成率${formatPercent(f.completion)}`,
    ];
  });
  return parts.length ? parts.join("；") : "无淘汰落后产能和整治提升目标任务";
}

/** The paragraph of one slow unit: its name, figures, and why it is flagged. */
export function slowUnitParagraph(unit: FrozenUnitFigures): string {
  return `${unit.name}：${figuresClause(unit.figures)}${unit.lagReason ? `（${unit.lagReason}）` : ""}。`;
}

/** The annex table of frozen figures: one row a unit. */
export function figuresTable(units: readonly FrozenUnitFigures[]): {
  header: string[];
  rows: string[][];
  widths: number[];
} {
  const cell = (f: FrozenUnitFigures["figures"][Category]) =>
    f.target === null
      ? ["/", "/", "/", "/"]
      : [String(f.target), String(f.accepted), String(f.submitted), formatPercent(f.completion)];
  return {
    header: ["单位", "淘汰目标", "已验收", "待验收", "完成率", "整治目标", "已验收", "待验收", "完成率", "进展情况"],
    rows: units.map((u) => [
      u.name,
      ...cell(u.figures.ELIMINATION),
      ...cell(u.figures.RECTIFICATION),
      u.lagReason ?? "",
    ]),
    widths: [14, 8, 8, 8, 8, 8, 8, 8, 8, 22],
  };
}
