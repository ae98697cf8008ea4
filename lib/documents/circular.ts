// 通报: the draft the office edits before issuing, and the document generated from the issued record.
import { formatPercent } from "@/lib/format";
import type { FrozenFigures, FrozenUnitFigures } from "@/lib/supervision/rules";

import { arabicDate, chineseDate, chineseDateOfMoment } from "./chinese";
import { dataDateOf } from "./data-date";
import { figuresTable, slowUnitParagraph } from "./figures-text";
import { type Block, type DocumentModel, textBlocks } from "./model";
import { DEFAULT_RECIPIENTS, type DocumentIssuer } from "./office";

export type CircularDraftInput = {
  /** The named units' figures as of the data date (what issuing freezes). */
  units: readonly FrozenUnitFigures[];
  /** Share of the campaign elapsed on the data date, in percent. */
  elapsed: number;
  /** 数据截至: the day the figures stand at (the 通报's date unless the office chose another). */
  dataDate: Date;
  year: number;
  /** The campaign's title, e.g. 海曙区2020年淘汰落后产能及“低散乱”整治提升. */
  campaignTitle: string;
  referenceNo: string;
  issuer: DocumentIssuer;
};

export type CircularDraft = { title: string; referenceNo: string; recipients: string; body: string };

/** The named in a 通报's opening: all of them up to three, else the first three and how many (…等5个单位). */
export function namedInShort(names: readonly string[], noun: string): string {
  return names.length > 3 ? `${names.slice(0, 3).join("、")}等${names.length}个${noun}` : names.join("、");
}

/** A 通报's text as sent (the district's and the city's): the main page, and its 附件 on a landscape page of its own. */
export function circularModel(
  n: { title: string; referenceNo: string; recipients: string; body: string; date: Date; issuer: DocumentIssuer },
  annex: { title: string; subtitle: string; table: Omit<Extract<Block, { kind: "table" }>, "kind"> } | null,
): DocumentModel {
  const main: Block[] = [
    { kind: "masthead", text: n.issuer.name },
    { kind: "reference", text: n.referenceNo },
    { kind: "title", text: n.title },
    { kind: "recipients", text: `${n.recipients}：` },
    ...textBlocks(n.body),
    ...(annex ? [{ kind: "annexNote", text: `附件：${annex.title}` } as const] : []),
    { kind: "signature", issuer: n.issuer.name, date: chineseDate(n.date) },
  ];
  const sections: DocumentModel["sections"] = [{ blocks: main }];
  if (annex) {
    sections.push({
      landscape: true,
      blocks: [
        { kind: "heading1", text: "附件" },
        { kind: "title", text: annex.title },
        { kind: "subtitle", text: annex.subtitle },
        { kind: "table", ...annex.table },
      ],
    });
  }
  return { title: n.title, sections };
}

/** The generated text of a 通报 naming `units`: the office edits every field before issuing. */
export function draftCircular(input: CircularDraftInput): CircularDraft {
  const names = input.units.map((u) => u.name);
  const named = namedInShort(names, "单位");
  const body = [
    `根据${input.campaignTitle}工作安排，${input.issuer.short}对各镇（乡）、街道、园区淘汰落后产能及“低散乱”整治提升工作进展情况进行了汇总。` +
      `截至${arabicDate(input.dataDate)}，全年序时进度为${formatPercent(input.elapsed)}，${named}工作进展滞后，现予以通报。`,
    "一、进展滞后单位情况",
    ...input.units.map(slowUnitParagraph),
    "二、工作要求",
    "请被通报单位高度重视，认真分析进展滞后的原因，制定整改措施，倒排时间节点，加大工作力度，确保按期完成年度目标任务，" +
      `并于本通报印发之日起7个工作日内将整改措施书面报送${input.issuer.short}。`,
  ].join("\n");
  return {
    title: `关于${input.year}年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报`,
    referenceNo: input.referenceNo,
    recipients: DEFAULT_RECIPIENTS,
    body,
  };
}

export type CircularRecord = {
  title: string;
  referenceNo: string | null;
  recipients: string | null;
  body: string;
  date: Date;
  /** 数据截至; null on records from before (their figures stand at the moment of issue). */
  dataDate: Date | null;
  figures: FrozenFigures | null;
  issuer: DocumentIssuer;
};

const ANNEX_TITLE = "被通报单位工作进展情况表";

/**
 * The 通报 as the office sends it: 红头, 发文字号, title, 主送, the final text, 附件说明, 落款; the figures frozen as of
 * the data date as its annex, which says that day (with the 落款 the same day unless the office chose another).
 */
export function circularDocument(n: CircularRecord): DocumentModel {
  const annex = n.figures && n.figures.units.length > 0 ? n.figures : null;
  const asOf = (figures: FrozenFigures) =>
    n.dataDate ? chineseDate(dataDateOf(n.date, n.dataDate)) : chineseDateOfMoment(new Date(figures.at));
  return circularModel(
    { ...n, referenceNo: n.referenceNo ?? "", recipients: n.recipients ?? DEFAULT_RECIPIENTS },
    annex && {
      title: ANNEX_TITLE,
      subtitle: `（数据截至${asOf(annex)}，全年序时进度${formatPercent(annex.elapsed)}）`,
      table: figuresTable(annex.units),
    },
  );
}
