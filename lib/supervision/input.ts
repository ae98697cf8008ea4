// Input rules for issuing 通报 and 约谈.
import { z } from "zod";

import { normaliseReferenceNo } from "@/lib/documents/reference-no";
import { calendarDate, chosenId, intId, optionalCalendarDate, optionalText, text, uniqueArray } from "@/lib/fields";

/** 发文字号 as typed (any of the usual brackets), written 海工强办〔2020〕3号; empty: the next number is assigned (通报) or none (约谈). */
const referenceNo = optionalText("发文字号", 40)
  .superRefine((s, ctx) => {
    if (s !== null && normaliseReferenceNo(s) === null)
      ctx.addIssue({ code: "custom", message: "发文字号格式应为：海工强办〔2020〕3号" });
  })
  .transform((s) => (s === null ? null : normaliseReferenceNo(s)));

export const issueCircularInput = z.object({
  unitIds: uniqueArray(intId, 30, "被通报单位").refine((ids) => ids.length > 0, "请至少选择一个被通报单位"),
  title: text("标题", 100, 2),
  body: text("通报内容", 5000, 5),
  date: calendarDate("通报日期"),
  referenceNo,
  recipients: optionalText("主送", 200),
  /** 数据截至: empty = the 通报's date. */
  dataDate: optionalCalendarDate("数据截至日期"),
});

export const issueInterviewInput = z.object({
  unitId: chosenId("请选择约谈单位"),
  date: calendarDate("约谈日期"),
  startTime: optionalText("约谈时间", 5).refine(
    (s) => s === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(s),
    "约谈时间格式应为 09:30",
  ),
  place: optionalText("约谈地点", 100),
  participants: text("参加人员", 500, 2),
  body: text("约谈指出的问题", 5000, 5),
  commitments: text("整改承诺", 5000, 2),
  followUpDate: calendarDate("跟踪复查日期"),
  referenceNo,
  /** 数据截至 of the figures the issues cite: empty = the 约谈's date. */
  dataDate: optionalCalendarDate("数据截至日期"),
});
