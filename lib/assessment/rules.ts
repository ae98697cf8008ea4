// 评价考核: the scoring rules. Each indicator of a scheme names one rule; a rule is a pure function of
// plain facts about one unit or department as of a moment, giving the points earned out of the
// indicator's maximum and a readable reason — or no points at all when the indicator does not apply to
// the subject (a "/" in the annex, no share of a task line, nothing to judge yet): lib/assessment/score.ts
// then leaves it out and rescales the others, never counting it as full marks. The facts are read by
// server/assessment/facts.ts with the dashboard's own rules (statusAt, completionPercent, the overdue
// rule, the task-line progress rule). The city scores its districts with the same machinery (DISTRICT_RULES:
// facts from each district's row of the city roll-up, lib/city/assessment.ts).
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { categorySplit, type TargetCell } from "@/lib/city/targets";
import { completionPercent } from "@/lib/dashboard/pace";
import { beijingDayNumber, DAY_MS, dayNumber } from "@/lib/dates";
import type { AssessmentTarget, Category } from "@/lib/generated/prisma/enums";

/** A tip assigned to the subject: its verification deadline and when it was verified (both as of the moment). */
export type TipFact = { deadline: Date | null; verifiedAt: Date | null };

/** Something waiting for the subject's decision: since when, and when it was decided (null: not yet by the moment). */
export type WaitFact = { since: Date; decidedAt: Date | null };

export type UnitFacts = {
  quotas: Record<Category, QuotaCell>;
  /** Cases accepted by the moment, per category. */
  accepted: Record<Category, number>;
  /** Each case accepted by the moment: when, and the deadline it is judged by (null: the campaign's). */
  acceptances: { acceptedAt: Date; deadline: Date | null }[];
  /** Review decisions on the unit's submissions by the moment (验收 + 退回), plus those awaiting review. */
  submissions: number;
  /** 退回 decisions by the moment. */
  returns: number;
  /** Cases overdue at the moment (lib/cases/overdue). */
  overdue: number;
  /** The unit's share of each task line with a share, and the confirmed contributions to it by the moment. */
  shares: { target: number; confirmed: number }[];
  circulars: number;
  interviews: number;
  tips: TipFact[];
};

export type DepartmentFacts = {
  /** Each numeric line the department leads: its progress and the time elapsed, in per cent. */
  lines: { percent: number; expectedPercent: number }[];
  /** Unit contributions to its lines waiting for confirmation or return. */
  contributions: WaitFact[];
  /** Submitted cases in its remit waiting for a review decision. */
  reviews: WaitFact[];
  tips: TipFact[];
};

/**
 * A district as the city scores it (市级评价考核, docs/domain.md §市级): its row of the city roll-up as of the
 * moment — per category the city's target ("/" null, 未下达 undefined), the units' quotas summed (null: no
 * campaign of the year) and the cases accepted — and the city 通报 naming it by the moment.
 */
export type DistrictFacts = {
  cells: Record<Category, { target: TargetCell; split: number | null; accepted: number }>;
  circulars: number;
};

export type Ctx = { asOf: Date; campaignDeadline: Date };
export type ParamSpec = { label: string; default: number; min: number; max: number };
export type Params = Record<string, number>;
/** points: null when the indicator does not apply to the subject (不适用 — left out of the total, not full marks). */
export type RuleOutcome = { points: number | null; detail: string };

type RuleDef<F> = {
  label: string;
  /** Scored by the office district by district (a score with its reason) instead of computed from records. */
  manual?: true;
  /** What the rule measures, shown in the scheme editor. */
  describe: string;
  params: Record<string, ParamSpec>;
  score: (facts: F, maxPoints: number, params: Params, ctx: Ctx) => RuleOutcome;
};

/** Points rounded to two decimals (a score sheet never shows 3.3333…). */
export const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (n: number) => `${Math.round(n * 100)}%`;
const share = (ratio: number, max: number) => round2(Math.max(0, Math.min(1, ratio)) * max);
const deduct = (max: number, by: number) => round2(Math.max(0, max - by));

/** The rule does not apply to the subject (no quota "/", no task-line share, nothing to judge yet): no points, not full marks. */
const notApplicable = (why: string): RuleOutcome => ({ points: null, detail: `${why}，不适用` });

/**
 * Whether the unit has any task this year: a quota in either category (0 included — "/" is not 0) or a
 * share of a task line. The deduction rules (逾期, 通报约谈) judge only such units: a unit with "/" in
 * both categories and no share has nothing to fall behind on, and full marks there would rank it first.
 */
export function hasTask(f: Pick<UnitFacts, "quotas" | "shares">): boolean {
  return Object.values(f.quotas).some((q) => q !== null) || f.shares.some((s) => s.target > 0);
}

function completion(category: Category, name: string): RuleDef<UnitFacts> {
  return {
    label: `${name}完成率`,
    describe: `已验收数 ÷ ${name}目标任务，按比例得分（满额为止）；目标为“/”的单位此项不适用。`,
    params: {},
    score: (f, max) => {
      const p = completionPercent(f.accepted[category], f.quotas[category]);
      if (p === null) return notApplicable("无此项任务（/）");
      return {
        points: share(p / 100, max),
        detail: `完成 ${f.accepted[category]}/${f.quotas[category]}（${Math.round(p)}%）`,
      };
    },
  };
}

/** On time: accepted no later than the deadline day (the case's own, else the campaign's). */
export function acceptedOnTime(a: { acceptedAt: Date; deadline: Date | null }, campaignDeadline: Date): boolean {
  return beijingDayNumber(a.acceptedAt) <= dayNumber(a.deadline ?? campaignDeadline);
}

/** Verified in time: by the deadline day; a tip without a deadline counts once verified. Due: verified, or its deadline day is over. */
export function tipTimeliness(tips: readonly TipFact[], asOf: Date): { due: number; onTime: number } {
  let due = 0;
  let onTime = 0;
  for (const t of tips) {
    const verified = t.verifiedAt !== null && t.verifiedAt.getTime() <= asOf.getTime();
    const lapsed = t.deadline !== null && dayNumber(t.deadline) < beijingDayNumber(asOf);
    if (!verified && !lapsed) continue;
    due += 1;
    if (verified && (t.deadline === null || beijingDayNumber(t.verifiedAt!) <= dayNumber(t.deadline))) onTime += 1;
  }
  return { due, onTime };
}

/** Prompt: decided within `days` days; late: decided later, or still waiting after `days` days. Still within the time: not judged yet. */
export function promptness(items: readonly WaitFact[], days: number, asOf: Date): { judged: number; prompt: number } {
  const limit = days * DAY_MS;
  let judged = 0;
  let prompt = 0;
  for (const w of items) {
    if (w.since.getTime() > asOf.getTime()) continue;
    const decided = w.decidedAt !== null && w.decidedAt.getTime() <= asOf.getTime();
    const waited = (decided ? w.decidedAt!.getTime() : asOf.getTime()) - w.since.getTime();
    if (!decided && waited <= limit) continue;
    judged += 1;
    if (decided && waited <= limit) prompt += 1;
  }
  return { judged, prompt };
}

const tipsRule = <F extends { tips: TipFact[] }>(): RuleDef<F> => ({
  label: "举报核查及时率",
  describe: "交办的举报在核查期限内核查的比例（到期或已核查的举报计入），按比例得分；没有到期的举报此项不适用。",
  params: {},
  score: (f, max, _p, ctx) => {
    const { due, onTime } = tipTimeliness(f.tips, ctx.asOf);
    if (due === 0) return notApplicable("无到期的交办举报");
    return { points: share(onTime / due, max), detail: `按期核查 ${onTime}/${due}` };
  },
});

const promptRule = (
  label: string,
  what: string,
  pick: (f: DepartmentFacts) => WaitFact[],
): RuleDef<DepartmentFacts> => ({
  label,
  describe: `${what}在规定天数内处理的比例（超期未处理的计为超期），按比例得分；没有需处理的事项此项不适用。`,
  params: { days: { label: "规定天数", default: 7, min: 1, max: 60 } },
  score: (f, max, p, ctx) => {
    const { judged, prompt } = promptness(pick(f), p.days, ctx.asOf);
    if (judged === 0) return notApplicable(`无需处理的${what}`);
    return { points: share(prompt / judged, max), detail: `${p.days} 天内处理 ${prompt}/${judged}` };
  },
});

export const UNIT_RULES = {
  "completion.ELIMINATION": completion("ELIMINATION", "淘汰落后产能"),
  "completion.RECTIFICATION": completion("RECTIFICATION", "整治提升"),
  timeliness: {
    label: "按期完成率",
    describe:
      "已验收整治对象中在整改期限（限期整改的期限，否则登记的整改期限，再否则年度完成时限）当天及以前验收的比例，按比例得分；有任务但尚无验收得 0 分，没有目标任务的单位此项不适用。",
    params: {},
    score: (f, max, _p, ctx) => {
      const n = f.acceptances.length;
      if (n === 0) {
        const due = Object.values(f.quotas).some((q) => q !== null && q > 0);
        return due ? { points: 0, detail: "尚无验收整治对象" } : notApplicable("无目标任务");
      }
      const onTime = f.acceptances.filter((a) => acceptedOnTime(a, ctx.campaignDeadline)).length;
      return { points: share(onTime / n, max), detail: `按期验收 ${onTime}/${n}` };
    },
  },
  returnRate: {
    label: "上报退回率",
    describe: "1 − 退回次数 ÷ 上报次数（验收、退回的决定加待验收），按比例得分；尚无上报的单位此项不适用。",
    params: {},
    score: (f, max) => {
      if (f.submissions === 0) return notApplicable("尚无上报");
      const rate = Math.min(1, f.returns / f.submissions);
      return { points: share(1 - rate, max), detail: `退回 ${f.returns}/${f.submissions}（退回率 ${pct(rate)}）` };
    },
  },
  overdue: {
    label: "逾期整治对象",
    describe: "每个逾期未完成整改的整治对象扣分（与整治台账“逾期”同一规则），扣完为止；没有目标任务的单位此项不适用。",
    params: { perCase: { label: "每件扣分", default: 2, min: 0, max: 100 } },
    score: (f, max, p) =>
      !hasTask(f)
        ? notApplicable("无目标任务")
        : {
            points: deduct(max, f.overdue * p.perCase),
            detail: f.overdue
              ? `逾期 ${f.overdue} 件，扣 ${round2(Math.min(max, f.overdue * p.perCase))} 分`
              : "无逾期整治对象",
          },
  },
  contributions: {
    label: "重点工作任务落实",
    describe:
      "分解到本单位的各项重点工作任务：经牵头部门确认的进展 ÷ 分解数（每项满额为止）的平均，按比例得分；未分解重点工作任务的单位此项不适用。",
    params: {},
    score: (f, max) => {
      const lines = f.shares.filter((s) => s.target > 0);
      if (lines.length === 0) return notApplicable("未分解重点工作任务目标");
      const ratio = lines.reduce((sum, s) => sum + Math.min(1, s.confirmed / s.target), 0) / lines.length;
      return { points: share(ratio, max), detail: `${lines.length} 项重点工作任务，平均落实 ${pct(ratio)}` };
    },
  },
  notices: {
    label: "通报约谈",
    describe: "每次被通报、被约谈扣分，扣完为止；没有目标任务的单位此项不适用。",
    params: {
      perCircular: { label: "每次通报扣分", default: 2, min: 0, max: 100 },
      perInterview: { label: "每次约谈扣分", default: 3, min: 0, max: 100 },
    },
    score: (f, max, p) => {
      if (!hasTask(f)) return notApplicable("无目标任务");
      const by = f.circulars * p.perCircular + f.interviews * p.perInterview;
      return {
        points: deduct(max, by),
        detail: by
          ? `通报 ${f.circulars} 次、约谈 ${f.interviews} 次，扣 ${round2(Math.min(max, by))} 分`
          : "未被通报或约谈",
      };
    },
  },
  tips: tipsRule<UnitFacts>(),
} satisfies Record<string, RuleDef<UnitFacts>>;

export const DEPARTMENT_RULES = {
  lineProgress: {
    label: "重点工作任务进度",
    describe:
      "本部门牵头的有数量目标的重点工作任务：完成率 ÷ 序时进度（满额为止）的平均，按比例得分；没有此类重点工作任务（只有计数的重点工作任务）的部门此项不适用。",
    params: {},
    score: (f, max) => {
      if (f.lines.length === 0) return notApplicable("无有数量目标的重点工作任务");
      const ratio =
        f.lines.reduce((sum, l) => sum + (l.expectedPercent <= 0 ? 1 : Math.min(1, l.percent / l.expectedPercent)), 0) /
        f.lines.length;
      return {
        points: share(ratio, max),
        detail: `${f.lines.length} 项重点工作任务，平均达到序时进度的 ${pct(ratio)}`,
      };
    },
  },
  contributionReview: promptRule("单位进展确认及时率", "单位进展", (f) => f.contributions),
  reviewTurnaround: promptRule("整治对象验收及时率", "待验收整治对象", (f) => f.reviews),
  tips: tipsRule<DepartmentFacts>(),
} satisfies Record<string, RuleDef<DepartmentFacts>>;

const CATEGORY_NAME: Record<Category, string> = { ELIMINATION: "淘汰落后产能", RECTIFICATION: "整治提升" };

/** The units' completion rule (completion above) on the district's row: accepted over the city's target. */
function cityCompletion(category: Category): RuleDef<DistrictFacts> {
  const name = CATEGORY_NAME[category];
  const unitRule = UNIT_RULES[`completion.${category}`];
  return {
    label: unitRule.label,
    describe: `已验收数 ÷ 市下达的${name}目标，按比例得分（满额为止）；目标为“/”或市未下达目标的区县此项不适用。`,
    params: {},
    score: (f, max, p, ctx) => {
      const { target, accepted } = f.cells[category];
      if (target === undefined) return notApplicable("市未下达目标");
      const asUnit = { quotas: { [category]: target }, accepted: { [category]: accepted } };
      return unitRule.score(asUnit as Pick<UnitFacts, "quotas" | "accepted"> as UnitFacts, max, p, ctx);
    },
  };
}

/** A manual indicator: 0 until the office scores it (its score is the office's adjustment, with the reason). */
const manualRule = (label: string): RuleDef<DistrictFacts> => ({
  label,
  manual: true,
  describe: "由市工强办逐个区县评分，须写明理由（记入审计日志）；未评分的计 0 分，全部评分后才能发布。",
  params: {},
  score: () => ({ points: 0, detail: "市工强办评分" }),
});

export const DISTRICT_RULES = {
  "completion.ELIMINATION": cityCompletion("ELIMINATION"),
  "completion.RECTIFICATION": cityCompletion("RECTIFICATION"),
  split: {
    label: "目标分解到位",
    describe:
      "市下达的各类目标（“/”和 0 除外）由本区县各镇（乡）、街道、园区的目标任务分解数覆盖的程度：已分解数 ÷ 市下达目标（每类满额为止）的平均，按比例得分；本年度尚未开展的区县计 0；市未下达目标的区县此项不适用。",
    params: {},
    score: (f, max) => {
      const parts = CATEGORIES.flatMap((c) => {
        const { target, split } = f.cells[c];
        if (typeof target !== "number" || target === 0) return [];
        return [{ c, target, s: categorySplit(target, split === null ? null : [split]) }];
      });
      if (parts.length === 0) return notApplicable("市未下达目标");
      const ratio = parts.reduce((n, p) => n + Math.min(1, (p.s.split ?? 0) / p.target), 0) / parts.length;
      return {
        points: share(ratio, max),
        detail: parts
          .map(({ c, target, s }) =>
            s.status === "NOT_STARTED"
              ? `${CATEGORY_NAME[c]}目标 ${target}，本年度尚未开展`
              : `${CATEGORY_NAME[c]}已分解 ${s.split}/${target}${s.gap ? `（尚差 ${s.gap}）` : ""}`,
          )
          .join("；"),
      };
    },
  },
  notices: {
    label: "市级通报",
    describe: "本年度每被市工强办通报一次扣分，扣完为止；市未下达任何目标的区县此项不适用。",
    params: { perCircular: { label: "每次通报扣分", default: 5, min: 0, max: 100 } },
    score: (f, max, p) => {
      if (CATEGORIES.every((c) => f.cells[c].target === undefined)) return notApplicable("市未下达目标");
      const by = f.circulars * p.perCircular;
      return {
        points: deduct(max, by),
        detail: f.circulars ? `被市级通报 ${f.circulars} 次，扣 ${round2(Math.min(max, by))} 分` : "未被市级通报",
      };
    },
  },
  "manual.1": manualRule("工作推进与机制建设"),
  "manual.2": manualRule("市级督查情况"),
  "manual.3": manualRule("其他工作评价"),
} satisfies Record<string, RuleDef<DistrictFacts>>;

export type UnitRule = keyof typeof UNIT_RULES;
export type DepartmentRule = keyof typeof DEPARTMENT_RULES;

/** Whose rules: a district's units or departments (AssessmentTarget), or the city's districts ("DISTRICT"). */
export type RuleTarget = AssessmentTarget | "DISTRICT";

export function rulesOf(target: RuleTarget): Record<string, RuleDef<never>> {
  return (target === "UNIT" ? UNIT_RULES : target === "DEPARTMENT" ? DEPARTMENT_RULES : DISTRICT_RULES) as Record<
    string,
    RuleDef<never>
  >;
}

/** Whether the indicator's points are the office's score (a manual indicator) rather than computed. */
export function isManualRule(target: RuleTarget, rule: string): boolean {
  return rulesOf(target)[rule]?.manual === true;
}

export function isRule(target: RuleTarget, rule: string): boolean {
  return Object.hasOwn(rulesOf(target), rule);
}

/** A rule's parameters: each known one from `raw` when a number within its range, else its default; unknown keys dropped. */
export function ruleParams(target: RuleTarget, rule: string, raw: unknown): Params {
  const specs = rulesOf(target)[rule]?.params ?? {};
  const given = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(specs).map(([k, s]) => {
      const v = given[k];
      return [k, typeof v === "number" && Number.isFinite(v) && v >= s.min && v <= s.max ? v : s.default];
    }),
  );
}

export function scoreRule<F>(
  target: RuleTarget,
  rule: string,
  facts: F,
  maxPoints: number,
  rawParams: unknown,
  ctx: Ctx,
): RuleOutcome {
  const def = rulesOf(target)[rule] as RuleDef<F> | undefined;
  if (!def) return { points: 0, detail: "未知的考核规则" };
  return def.score(facts, maxPoints, ruleParams(target, rule, rawParams), ctx);
}
