// 评价考核: the inputs of the office's actions (shared by the forms and the server actions).
import { z } from "zod";

import { calendarDate, intId, text } from "@/lib/fields";

import { assessmentTarget } from "./scheme";

export const adjustInput = z.object({
  target: assessmentTarget,
  indicatorId: intId,
  subjectId: intId,
  /** Points added (negative: deducted); 0 removes the adjustment. */
  points: z.coerce
    .number({ error: "调整分值须为数字" })
    .min(-100, "调整分值在 −100 到 100 之间")
    .max(100, "调整分值在 −100 到 100 之间")
    .refine((n) => Math.round(n * 100) === n * 100, "调整分值最多两位小数"),
  reason: text("调整理由", 200, 2),
});

export const publishInput = z.object({ target: assessmentTarget, asOf: calendarDate("统计截至日期") });

export const withdrawInput = z.object({ target: assessmentTarget, reason: text("撤回理由", 200, 2) });
