// Input rules for issuing 通报 and 约谈.
import { z } from "zod";
import { calendarDate, chosenId, intId, text, uniqueArray } from "@/lib/fields";

export const issueCircularInput = z.object({
  unitIds: uniqueArray(intId, 30, "被通报单位").refine((ids) => ids.length > 0, "请至少选择一个被通报单位"),
  title: text("标题", 100, 2),
  body: text("通报内容", 5000, 5),
  date: calendarDate("通报日期"),
});

export const issueInterviewInput = z.object({
  unitId: chosenId("请选择约谈单位"),
  date: calendarDate("约谈日期"),
  participants: text("参加人员", 500, 2),
  body: text("约谈指出的问题", 5000, 5),
  commitments: text("整改承诺", 5000, 2),
  followUpDate: calendarDate("跟踪复查日期"),
});
