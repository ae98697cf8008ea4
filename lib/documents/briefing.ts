// 工作进展简报: the monthly briefing for the leaders — which months a campaign has, and the document of one.
import { CATEGORIES } from "@/lib/campaigns/annex";
import { asOfMoment } from "@/lib/dashboard/history";
import { type CampaignDates, type CampaignPhase, type CategoryFigures, type UnitRow } from "@/lib/dashboard/pace";
import { addDays, beijingDay, beijingStartOf, dayNumber } from "@/lib/dates";
import { formatPercent } from "@/lib/format";
import type { Category, MeasureUnit, NoticeKind, TipOutcome } from "@/lib/generated/prisma/enums";
import { categoryLabel, measureLabel, tipOutcomeLabel } from "@/lib/labels";
import { LEADING_GROUP_SHORT } from "@/lib/office";
import type { FrozenUnitFigures } from "@/lib/supervision/rules";

import { arabicDate, chineseDate } from "./chinese";
import { slowUnitParagraph } from "./figures-text";
import type { Block, DocumentModel } from "./model";
import type { DocumentIssuer } from "./office";

export type BriefingMonth = {
  /** "2020-06". */
  key: string;
  label: string;
  /** 第n期: the month's place in the campaign. */
  issue: number;
  /** First and last calendar day of the month. */
  firstDay: Date;
  lastDay: Date;
  /** The month in Beijing time: [start, end). */
  start: Date;
  end: Date;
};

/** The campaign's months from its start through its deadline month, those begun by `now` only, latest first. */
export function briefingMonths(campaign: CampaignDates, now: Date): BriefingMonth[] {
  const months: BriefingMonth[] = [];
  const today = dayNumber(beijingDay(now));
  let y = campaign.startDate.getUTCFullYear();
  let m = campaign.startDate.getUTCMonth();
  for (let issue = 1; ; issue++) {
    const firstDay = new Date(Date.UTC(y, m, 1));
    if (firstDay.getTime() > campaign.deadline.getTime() || dayNumber(firstDay) > today) break;
    const next = new Date(Date.UTC(y, m + 1, 1));
    months.push({
      key: `${y}-${String(m + 1).padStart(2, "0")}`,
      label: `${y}年${m + 1}月`,
      issue,
      firstDay,
      lastDay: addDays(next, -1),
      start: beijingStartOf(firstDay),
      end: beijingStartOf(next),
    });
    [y, m] = m === 11 ? [y + 1, 0] : [y, m + 1];
  }
  return months.reverse();
}

/** The moment a month's briefing reads the figures at: the end of its last day, or now while the month runs. */
export function briefingAsOf(month: BriefingMonth, now: Date): Date {
  return asOfMoment(month.lastDay, now);
}

export type BriefingTaskLine = {
  code: string;
  title: string;
  leads: string[];
  measure: MeasureUnit;
  progress: number;
  outOf: number | null;
  percent: number | null;
};

export type BriefingData = {
  issuer: DocumentIssuer;
  year: number;
  campaignTitle: string;
  month: BriefingMonth;
  /** The day the figures stand at (the month's last day, or today for the running month). */
  asOfDay: Date;
  phase: CampaignPhase;
  elapsed: number;
  district: Record<Category, CategoryFigures>;
  /** Cases accepted during the month (the dashboard's monthly series). */
  acceptedInMonth: Record<Category, number>;
  rows: UnitRow[];
  /** The slow units (or, once ended, those short of target) with their figures. */
  slow: FrozenUnitFigures[];
  taskLines: BriefingTaskLine[];
  tips: {
    received: number;
    verified: number;
    closed: number;
    outcomes: Partial<Record<TipOutcome, number>>;
    verifyingAtEnd: number;
  };
  inspections: {
    rounds: { title: string; startDate: Date; endDate: Date; units: number; departments: string[] }[];
    findingsRecorded: number;
    findingsClosed: number;
    openAtEnd: number;
  };
  notices: { kind: NoticeKind; title: string; referenceNo: string | null; date: Date; units: string[] }[];
};

const NOTICE_KIND: Record<NoticeKind, string> = { CIRCULAR: "通报", INTERVIEW: "约谈" };

function headline(c: Category, f: CategoryFigures): string {
  if (f.target === null) return `${categoryLabel[c]}无目标任务`;
  return `${categoryLabel[c]}目标${f.target}家，已验收${f.accepted}家，完成率${formatPercent(f.completion)}（已登记${f.registered}家，已上报待验收${f.submitted}家）`;
}

const range = (a: Date, b: Date) =>
  `${a.getUTCMonth() + 1}月${a.getUTCDate()}日至${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;

/** The annex table: every unit's targets and actuals as of the month's end, and the district row. */
export function annexTable(
  rows: readonly UnitRow[],
  district: Record<Category, CategoryFigures>,
): Extract<Block, { kind: "table" }> {
  const cells = (f: CategoryFigures) => [
    f.target === null ? "/" : String(f.target),
    String(f.registered),
    String(f.submitted),
    String(f.accepted),
    formatPercent(f.completion),
  ];
  return {
    kind: "table",
    header: [
      "单位",
      "淘汰目标",
      "已登记",
      "待验收",
      "已验收",
      "完成率",
      "整治目标",
      "已登记",
      "待验收",
      "已验收",
      "完成率",
      "进展情况",
    ],
    rows: [
      ...rows.map((r) => [
        r.name,
        ...CATEGORIES.flatMap((c) => cells(r.figures[c])),
        r.lagReason ? `进展较慢：${r.lagReason}` : (r.shortfallReason ?? ""),
      ]),
      ["全区", ...CATEGORIES.flatMap((c) => cells(district[c])), ""],
    ],
    widths: [12, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 18],
  };
}

/** The briefing: 简报 masthead, 第n期, the month's progress in seven parts, 报送 lines; the annex with actuals. */
export function briefingDocument(d: BriefingData): DocumentModel {
  const { month } = d;
  const monthName = `${month.firstDay.getUTCMonth() + 1}月`;
  const time = d.phase === "ENDED" ? "年度工作已到完成时限" : `全年序时进度${formatPercent(d.elapsed)}`;
  const acceptedNow = CATEGORIES.map(
    (c) => `${c === "ELIMINATION" ? "淘汰落后产能" : "整治提升"}${d.acceptedInMonth[c]}家`,
  ).join("、");
  const outcomes = (Object.entries(d.tips.outcomes) as [TipOutcome, number][])
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${tipOutcomeLabel[o]}${n}件`);
  const ins = d.inspections;

  const blocks: Block[] = [
    { kind: "masthead", text: "整治提升工作简报" },
    { kind: "reference", text: `第${month.issue}期　　${d.issuer.short}编　　${chineseDate(d.asOfDay)}` },
    { kind: "title", text: `${month.label}淘汰落后产能及“低散乱”整治提升工作进展情况` },
    { kind: "heading1", text: "一、总体进展" },
    {
      kind: "paragraph",
      text: `截至${arabicDate(d.asOfDay)}，${time}。全区${CATEGORIES.map((c) => headline(c, d.district[c])).join("；")}。${monthName}新验收${acceptedNow}。`,
    },
    { kind: "heading1", text: "二、各单位完成情况" },
    { kind: "paragraph", text: `各镇（乡）、街道、园区目标任务完成情况见附件（数据截至${arabicDate(d.asOfDay)}）。` },
    { kind: "heading1", text: d.phase === "ENDED" ? "三、未完成目标任务的单位" : "三、进展较慢的单位" },
    ...(d.slow.length
      ? d.slow.map((u): Block => ({ kind: "paragraph", text: slowUnitParagraph(u) }))
      : [{ kind: "paragraph", text: "各单位进度均达到序时进度要求。" } as const]),
    { kind: "heading1", text: "四、重点工作任务推进情况" },
    ...(d.taskLines.length
      ? [
          {
            kind: "table",
            header: ["编号", "任务", "牵头部门", "进展", "完成率"],
            widths: [8, 44, 20, 16, 12],
            rows: d.taskLines.map((l) => {
              const unit = measureLabel[l.measure];
              return [
                l.code,
                l.title,
                l.leads.join("、"),
                l.outOf === null ? `${l.progress}${unit}` : `${l.progress}/${l.outOf}${unit}`,
                formatPercent(l.percent),
              ];
            }),
          } as const,
        ]
      : [{ kind: "paragraph", text: "本年度方案没有重点工作任务。" } as const]),
    { kind: "heading1", text: "五、举报受理和核查情况" },
    {
      kind: "paragraph",
      text:
        `${monthName}受理群众举报${d.tips.received}件，核查完毕${d.tips.verified}件${outcomes.length ? `（${outcomes.join("、")}）` : ""}，办结${d.tips.closed}件；` +
        `截至月末尚有${d.tips.verifyingAtEnd}件正在核查。`,
    },
    { kind: "heading1", text: "六、监督检查情况" },
    ...(ins.rounds.length
      ? ins.rounds.map((r): Block => ({
          kind: "paragraph",
          text: `${range(r.startDate, r.endDate)}开展“${r.title}”，检查${r.units}个单位${r.departments.length ? `，${r.departments.join("、")}参加` : ""}。`,
        }))
      : [{ kind: "paragraph", text: `${monthName}未组织监督检查。` } as const]),
    {
      kind: "paragraph",
      text: `${monthName}监督检查发现问题${ins.findingsRecorded}个，整改销号${ins.findingsClosed}个；截至月末未销号${ins.openAtEnd}个。`,
    },
    { kind: "heading1", text: "七、通报约谈情况" },
    ...(d.notices.length
      ? d.notices.map((n): Block => ({
          kind: "paragraph",
          text: `${n.date.getUTCMonth() + 1}月${n.date.getUTCDate()}日，${NOTICE_KIND[n.kind]}：${n.title}${n.referenceNo ? `（${n.referenceNo}）` : ""}，涉及${n.units.join("、")}。`,
        }))
      : [{ kind: "paragraph", text: `${monthName}无通报、约谈。` } as const]),
    { kind: "annexNote", text: `附件：${d.year}年度目标任务分解表完成情况` },
    {
      kind: "distribution",
      lines: ["报：区委、区政府领导", `送：${LEADING_GROUP_SHORT}各成员单位，各镇（乡）、街道、园区`],
    },
  ];
  return {
    title: `整治提升工作简报（${month.label}）`,
    sections: [
      { blocks },
      {
        landscape: true,
        blocks: [
          { kind: "heading1", text: "附件" },
          { kind: "title", text: `${d.year}年度目标任务分解表完成情况` },
          { kind: "subtitle", text: `（截至${chineseDate(d.asOfDay)}）` },
          annexTable(d.rows, d.district),
        ],
      },
    ],
  };
}
