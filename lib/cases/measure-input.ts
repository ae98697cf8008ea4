// Input rules for recording an enforcement measure and for escalating a case.
import { z } from "zod";

import { calendarDate, cuid, optionalCalendarDate, optionalIntId, optionalText, text, version } from "@/lib/fields";
import { Dimension, MeasureKind } from "@/lib/generated/prisma/enums";

export const recordMeasureInput = z.object({
  caseId: cuid,
  kind: z.enum(MeasureKind, "请选择措施"),
  dimension: z.enum(Dimension, "请选择所属方面"),
  /** Who ordered it; a department's own measures are always its own, the office defaults to itself. */
  departmentId: optionalIntId,
  date: calendarDate("措施日期"),
  reference: optionalText("文号", 100),
  deadline: optionalCalendarDate("整改期限"),
  note: optionalText("说明", 1000),
});

export const escalateCaseInput = z.object({
  caseId: cuid,
  version,
  dimension: z.enum(Dimension, "请选择升级处置的方面"),
  reason: text("升级处置理由", 1000, 5),
});
