// 约谈: the draft of the issues raised, and the 约谈记录 generated from the record.
import { formatPercent } from "@/lib/format";
import type { FrozenUnitFigures } from "@/lib/supervision/rules";

import { arabicDate, chineseDate } from "./chinese";
import { figuresClause } from "./figures-text";
import type { DocumentModel } from "./model";
import type { DocumentIssuer } from "./office";

/** The generated 约谈指出的问题 for one unit, from its figures as of the data date; the office edits it. */
export function draftInterviewIssues(unit: FrozenUnitFigures, elapsed: number, dataDate: Date): string {
  const flagged = unit.lagReason ? `，工作进展滞后（${unit.lagReason}）` : "";
  return (
    `截至${arabicDate(dataDate)}，全年序时进度为${formatPercent(elapsed)}，你单位${figuresClause(unit.figures)}${flagged}。` +
    "主要问题：\n（请填写约谈指出的具体问题）"
  );
}

export type InterviewRecord = {
  title: string;
  referenceNo: string | null;
  unitName: string;
  date: Date;
  startTime: string | null;
  place: string | null;
  participants: string | null;
  body: string;
  commitments: string | null;
  followUpDate: Date | null;
  /** 数据截至 of the figures the issues cite; null on records from before. */
  dataDate: Date | null;
  issuer: DocumentIssuer;
};

/** 约谈记录: time, place, the unit, participants, issues raised, commitments, follow-up date; 落款. */
export function interviewDocument(n: InterviewRecord): DocumentModel {
  const rows: string[][] = [
    ["约谈时间", `${chineseDate(n.date)}${n.startTime ? ` ${n.startTime}` : ""}`],
    ["约谈地点", n.place ?? ""],
    ["被约谈单位", n.unitName],
    ["参加人员", n.participants ?? ""],
    ...(n.dataDate ? [["进展数据截至", chineseDate(n.dataDate)]] : []),
    ["约谈指出的问题", n.body],
    ["整改承诺", n.commitments ?? ""],
    ["跟踪复查日期", n.followUpDate ? chineseDate(n.followUpDate) : ""],
  ];
  return {
    title: n.title,
    sections: [
      {
        blocks: [
          { kind: "title", text: "约谈记录" },
          { kind: "subtitle", text: n.referenceNo ? `（${n.referenceNo}）` : `（${n.title}）` },
          { kind: "table", header: [], rows, widths: [22, 78] },
          { kind: "signature", issuer: n.issuer.name, date: chineseDate(n.date) },
        ],
      },
    ],
  };
}
