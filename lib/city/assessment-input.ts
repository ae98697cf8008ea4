// 市级评价考核: the inputs of the city office's actions (shared by the forms and the server actions); the points
// and the reason as the district's adjustments take them (lib/assessment/input.ts).
import { z } from "zod";

import { adjustInput } from "@/lib/assessment/input";
import { calendarDate, intId, intInRange, version } from "@/lib/fields";

const year = intInRange(2000, 2100);

export const cityAdjustInput = z.object({
  year,
  indicatorId: intId,
  districtId: intId,
  points: adjustInput.shape.points,
  reason: adjustInput.shape.reason,
  /** The version of the adjustment (or score) the form was built on; null where it showed none. */
  version: version.nullable(),
});

export const cityPublishInput = z.object({ year, asOf: calendarDate("统计截至日期") });
