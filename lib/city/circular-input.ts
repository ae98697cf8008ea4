// Input rules for issuing and acknowledging a city 通报 (docs/domain.md §市级).
import { z } from "zod";

import { normaliseReferenceNo } from "@/lib/documents/reference-no";
import {
  calendarDate,
  cuid,
  intId,
  intInRange,
  optionalCalendarDate,
  optionalText,
  text,
  uniqueArray,
} from "@/lib/fields";

/** 发文字号 as typed (any of the usual brackets), written 甬工强办〔2020〕1号; empty: the next number is assigned. */
const referenceNo = optionalText("发文字号", 40)
  .superRefine((s, ctx) => {
    if (s !== null && normaliseReferenceNo(s) === null)
      ctx.addIssue({ code: "custom", message: "发文字号格式应为：甬工强办〔2020〕1号" });
  })
  .transform((s) => (s === null ? null : normaliseReferenceNo(s)));

export const issueCityCircularInput = z.object({
  /** The campaign year whose figures the 通报 states. */
  year: intInRange(2000, 2100),
  districtIds: uniqueArray(intId, 30, "被通报区县").refine((ids) => ids.length > 0, "请至少选择一个被通报区县（市）"),
  title: text("标题", 100, 2),
  body: text("通报内容", 5000, 5),
  date: calendarDate("通报日期"),
  referenceNo,
  recipients: optionalText("主送", 200),
  /** 数据截至: empty = the 通报's date. */
  dataDate: optionalCalendarDate("数据截至日期"),
});

export const acknowledgeCityCircularInput = z.object({ circularId: cuid });
