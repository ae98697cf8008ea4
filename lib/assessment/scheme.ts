// 评价考核: the default scheme (our proposal for 2020 — the work plan gives no weights) and the rules of
// editing a scheme: known rules only, each once, whole points, 100 in all.
import { z } from "zod";

import { boundedArray, intInRange, text } from "@/lib/fields";
import type { AssessmentTarget } from "@/lib/generated/prisma/enums";

import { isRule, type Params, ruleParams, rulesOf, type RuleTarget } from "./rules";

export type SchemeIndicator = { rule: string; label: string; maxPoints: number; params: Params };

export const SCHEME_TOTAL = 100;

const row = (target: RuleTarget, rule: string, maxPoints: number): SchemeIndicator => ({
  rule,
  label: rulesOf(target)[rule].label,
  maxPoints,
  params: ruleParams(target, rule, {}),
});

/** Our proposal, 100 points each (README “评价考核”). */
export const DEFAULT_SCHEMES: Record<AssessmentTarget, SchemeIndicator[]> = {
  UNIT: [
    row("UNIT", "completion.ELIMINATION", 25),
    row("UNIT", "completion.RECTIFICATION", 25),
    row("UNIT", "timeliness", 10),
    row("UNIT", "returnRate", 10),
    row("UNIT", "overdue", 10),
    row("UNIT", "contributions", 10),
    row("UNIT", "notices", 5),
    row("UNIT", "tips", 5),
  ],
  DEPARTMENT: [
    row("DEPARTMENT", "lineProgress", 50),
    row("DEPARTMENT", "contributionReview", 20),
    row("DEPARTMENT", "reviewTurnaround", 20),
    row("DEPARTMENT", "tips", 10),
  ],
};

/**
 * The city's proposal for scoring districts (市级评价考核, docs/domain.md §市级): the two completion rates against
 * the city's targets, the split of the targets over the units, the city 通报, and one item the city office scores.
 */
export const DEFAULT_CITY_SCHEME: SchemeIndicator[] = [
  row("DISTRICT", "completion.ELIMINATION", 30),
  row("DISTRICT", "completion.RECTIFICATION", 30),
  row("DISTRICT", "split", 10),
  row("DISTRICT", "notices", 10),
  row("DISTRICT", "manual.1", 20),
];

export const assessmentTarget = z.enum(["UNIT", "DEPARTMENT"], { error: "考核对象无效" });

const schemeIndicators = boundedArray(
  z.object({
    rule: z.string().max(40),
    label: text("指标名称", 30),
    maxPoints: z.coerce
      .number({ error: "分值须为整数" })
      .int("分值须为整数")
      .min(1, "分值至少 1 分")
      .max(100, "分值不超过 100 分"),
    params: z.record(z.string(), z.coerce.number({ error: "参数须为数字" })).default({}),
  }),
  20,
  "指标",
);

export const schemeInput = z
  .object({ target: assessmentTarget, indicators: schemeIndicators })
  .superRefine((s, ctx) => {
    const problem = checkScheme(s.target, s.indicators);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["indicators"] });
  });

/** The city's scheme of a year for scoring its districts, under the same rules of editing. */
export const citySchemeInput = z
  .object({ year: intInRange(2000, 2100), indicators: schemeIndicators })
  .superRefine((s, ctx) => {
    const problem = checkScheme("DISTRICT", s.indicators);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["indicators"] });
  });

/** Why a scheme cannot be saved, or null: at least one indicator, known rules each once, parameters in range, 100 points in all. */
export function checkScheme(
  target: RuleTarget,
  indicators: readonly { rule: string; maxPoints: number; params?: Record<string, number> }[],
): string | null {
  if (indicators.length === 0) return "至少需要一项指标";
  const seen = new Set<string>();
  for (const ind of indicators) {
    if (!isRule(target, ind.rule)) return `未知的考核规则：${ind.rule}`;
    if (seen.has(ind.rule)) return `规则“${rulesOf(target)[ind.rule].label}”重复`;
    seen.add(ind.rule);
    for (const [k, v] of Object.entries(ind.params ?? {})) {
      const spec = rulesOf(target)[ind.rule].params[k];
      if (!spec) return `“${rulesOf(target)[ind.rule].label}”没有参数 ${k}`;
      if (!(v >= spec.min && v <= spec.max)) return `“${spec.label}”应在 ${spec.min}–${spec.max} 之间`;
    }
  }
  const total = indicators.reduce((n, i) => n + i.maxPoints, 0);
  if (total !== SCHEME_TOTAL) return `各项分值合计须为 ${SCHEME_TOTAL} 分（现为 ${total} 分）`;
  return null;
}
