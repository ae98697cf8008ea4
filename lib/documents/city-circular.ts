// 市级通报 (docs/domain.md §市级) as a document: the figures it freezes, the draft the city office edits, and the
// .docx model — the same format as the district's 通报 (lib/documents/circular.ts), from the city office, with the
// city's own 发文字号 (numbered city-wide). Which districts lag is lib/city/circular.ts.
import { CATEGORIES, type QuotaCell } from "@/lib/campaigns/annex";
import { formatPercent } from "@/lib/format";
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";

import { arabicDate, chineseDate } from "./chinese";
import { circularModel, namedInShort } from "./circular";
import { dataDateConflicts } from "./data-date";
import type { DocumentModel } from "./model";
import type { DocumentIssuer } from "./office";

/** 主送 of a city 通报 unless the city office writes another. */
export const CITY_RECIPIENTS = "各区县（市）工业强区（市、县）建设领导小组办公室";

/** One category of a district as a city 通报 states it: the base its completion is over, and what it has done. */
export type FrozenDistrictCell = {
  /** The city's target, else (not issued) the district's own breakdown; null: no task ("/"). */
  target: QuotaCell;
  against: "CITY" | "QUOTAS" | null;
  accepted: number;
  submitted: number;
  completion: number | null;
};

export type FrozenDistrictFigures = {
  districtId: number;
  name: string;
  /** Share of the district's campaign elapsed on the data date, in percent. */
  elapsed: number;
  /** Why the district lags (one clause per lagging category), or — its campaign over — what it did not reach; null when on pace. */
  lagReason: string | null;
  figures: Record<Category, FrozenDistrictCell>;
};

/** What a city 通报 freezes: the named districts' figures as of the data date. */
export type CityFrozenFigures = { at: string; year: number; districts: FrozenDistrictFigures[] };

/** The districts a city 通报 pre-selects: those with a reason (lagging, or short of target once over). */
export function laggingDistricts(rows: readonly FrozenDistrictFigures[]): number[] {
  return rows.filter((r) => r.lagReason !== null).map((r) => r.districtId);
}

/** The figures as one district may read them: its own row only (the district's copy). */
export function figuresOfDistrict(figures: CityFrozenFigures, districtId: number): CityFrozenFigures {
  return { ...figures, districts: figures.districts.filter((d) => d.districtId === districtId) };
}

const baseLabel = (cell: FrozenDistrictCell) => (cell.against === "QUOTAS" ? "分解目标" : "目标");

/** One district's figures in words, categories without a task left out. */
export function districtClause(d: FrozenDistrictFigures): string {
  const parts = CATEGORIES.flatMap((c) => {
    const f = d.figures[c];
    if (f.target === null) return [];
    const waiting = f.submitted > 0 ? `，待验收${f.submitted}家` : "";
    return [
      `${categoryLabel[c]}${baseLabel(f)}${f.target}家，已验收${f.accepted}家${waiting}，完成率${formatPercent(f.completion)}`,
    ];
  });
  const text = parts.length ? parts.join("；") : "无淘汰落后产能和整治提升目标任务";
  return `${d.name}：${text}${d.lagReason ? `（${d.lagReason}）` : ""}。`;
}

/** The elapsed share the text states: one figure when every named district's campaign has the same, else none. */
function commonElapsed(districts: readonly FrozenDistrictFigures[]): number | null {
  const values = new Set(districts.map((d) => formatPercent(d.elapsed)));
  return values.size === 1 ? districts[0].elapsed : null;
}

/**
 * Where a city 通报's text contradicts its data date: a “截至某日” naming another day, or — when every named district's
 * campaign has the same elapsed share, the only case the draft states one — a “序时进度” other than it.
 */
export function cityCircularConflicts(
  body: string,
  dataDate: Date,
  districts: readonly FrozenDistrictFigures[],
): string[] {
  if (districts.length === 0) return [];
  const elapsed = commonElapsed(districts);
  return dataDateConflicts(body, dataDate, elapsed ?? districts[0].elapsed).filter(
    (p) => elapsed !== null || p.startsWith("写的是“截至"),
  );
}

export type CityCircularDraftInput = {
  districts: readonly FrozenDistrictFigures[];
  dataDate: Date;
  year: number;
  referenceNo: string;
  issuer: DocumentIssuer;
};

export type CityCircularDraft = { title: string; referenceNo: string; recipients: string; body: string };

/** The generated text of a city 通报 naming `districts`: the city office edits every field before issuing. */
export function draftCityCircular(input: CityCircularDraftInput): CityCircularDraft {
  const names = input.districts.map((d) => d.name);
  const named = namedInShort(names, "区县（市）");
  const elapsed = commonElapsed(input.districts);
  const pace = elapsed === null ? "" : `全年序时进度为${formatPercent(elapsed)}，`;
  const body = [
    `根据全市${input.year}年淘汰落后产能及“低散乱”整治提升工作安排，${input.issuer.short}对各区县（市）工作进展情况进行了汇总。` +
      `截至${arabicDate(input.dataDate)}，${pace}${named}工作进展滞后，现予以通报。`,
    "一、进展滞后区县（市）情况",
    ...input.districts.map(districtClause),
    "二、工作要求",
    "请被通报区县（市）高度重视，认真分析进展滞后的原因，督促各镇（乡）、街道、园区倒排时间节点，加大工作力度，确保按期完成年度目标任务，" +
      `并于本通报印发之日起7个工作日内将整改措施书面报送${input.issuer.short}。`,
  ].join("\n");
  return {
    title: `关于${input.year}年淘汰落后产能及“低散乱”整治提升工作进展滞后区县（市）的通报`,
    referenceNo: input.referenceNo,
    recipients: CITY_RECIPIENTS,
    body,
  };
}

export type CityCircularRecord = {
  title: string;
  referenceNo: string;
  recipients: string;
  body: string;
  date: Date;
  dataDate: Date;
  figures: CityFrozenFigures;
  issuer: DocumentIssuer;
};

const ANNEX_TITLE = "被通报区县（市）工作进展情况表";

const annexCells = (f: FrozenDistrictCell) =>
  f.target === null
    ? ["/", "/", "/", "/"]
    : [String(f.target), String(f.accepted), String(f.submitted), formatPercent(f.completion)];

/** The annex table: one row a named district. */
export function districtTable(districts: readonly FrozenDistrictFigures[]) {
  return {
    header: [
      "区县（市）",
      "淘汰目标",
      "已验收",
      "待验收",
      "完成率",
      "整治目标",
      "已验收",
      "待验收",
      "完成率",
      "进展情况",
    ],
    rows: districts.map((d) => [
      d.name,
      ...annexCells(d.figures.ELIMINATION),
      ...annexCells(d.figures.RECTIFICATION),
      d.lagReason ?? "",
    ]),
    widths: [14, 8, 8, 8, 8, 8, 8, 8, 8, 22],
  };
}

/** The city 通报 as the city office sends it: 红头 and 落款 of the city office, its 发文字号, the text and the annex. */
export function cityCircularDocument(n: CityCircularRecord): DocumentModel {
  const annex = n.figures.districts.length > 0 ? n.figures : null;
  const elapsed = annex && commonElapsed(annex.districts);
  return circularModel(
    { ...n, recipients: n.recipients || CITY_RECIPIENTS },
    annex && {
      title: ANNEX_TITLE,
      subtitle: `（数据截至${chineseDate(n.dataDate)}${elapsed === null ? "" : `，全年序时进度${formatPercent(elapsed)}`}）`,
      table: districtTable(annex.districts),
    },
  );
}

/** The city office as the issuer of its documents (its 机关代字 甬工强办 unless the city names another). */
export function cityIssuer(city: { officeName: string; officeShortName: string; docPrefix: string }): DocumentIssuer {
  return { name: city.officeName, short: city.officeShortName, docPrefix: city.docPrefix || "甬工强办" };
}
