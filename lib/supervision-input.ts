// Input rules for issuing 通报 and 约谈.
import { z } from "zod";
import { calendarDate } from "@/lib/tips/tip-input";

const text = (min: number, max: number, label: string) => z.string().trim().min(min, `请填写${label}`).max(max, `${label}最多${max}字`);

export const issueCircularInput = z.object({
  unitIds: z.array(z.number().int().positive()).min(1, "请至少选择一个被通报单位").max(30),
  title: text(2, 100, "标题"),
  body: text(5, 5000, "通报内容"),
  date: calendarDate("通报日期"),
});

export const issueInterviewInput = z.object({
  unitId: z.number({ error: "请选择约谈单位" }).int().positive("请选择约谈单位"),
  date: calendarDate("约谈日期"),
  participants: text(2, 500, "参加人员"),
  body: text(5, 5000, "约谈指出的问题"),
  commitments: text(2, 5000, "整改承诺"),
  followUpDate: calendarDate("跟踪复查日期"),
});
