// The forms of 监督检查 (docs/domain.md §督办), checked the same way wherever they arrive (server actions).
import { z } from "zod";

import {
  calendarDate,
  chosenId,
  cuid,
  intId,
  intInRange,
  optionalCuid,
  optionalText,
  text,
  uniqueArray,
  version,
} from "@/lib/fields";
import { MAX_SAMPLE_SIZE } from "@/lib/inspections/limits";

/** A round as the office plans it (and edits it before it starts). */
export const roundFields = z.object({
  title: text("检查名称", 100),
  startDate: calendarDate("开始日期"),
  endDate: calendarDate("结束日期"),
  checklist: text("检查内容", 2000),
  sampleSize: intInRange(0, MAX_SAMPLE_SIZE),
  unitIds: uniqueArray(intId, 100, "检查单位").refine((xs) => xs.length > 0, "请至少选择一个被检查单位"),
  departmentIds: uniqueArray(intId, 50, "参加部门"),
});

export const planRoundInput = roundFields;
export const updateRoundInput = roundFields.extend({ roundId: cuid, version });

/** A finding recorded in a round, on a unit or on one of its cases. */
export const recordFindingInput = z.object({
  roundId: cuid,
  unitId: chosenId("请选择被检查单位"),
  caseId: optionalCuid,
  problem: text("发现的问题", 2000, 2),
  requirement: text("整改要求", 2000, 2),
  dueDate: calendarDate("整改期限"),
  /** The office only: reopen the accepted case under the case's own REOPEN rule. */
  reopenCase: z.boolean().optional().default(false),
});

export const answerFindingInput = z.object({ findingId: cuid, version, answer: text("整改情况", 2000, 2) });

export const reviewFindingInput = z.object({
  findingId: cuid,
  version,
  decision: z.enum(["CLOSE", "SEND_BACK"], "请选择销号或退回"),
  note: optionalText("意见", 1000),
});

export const reopenFindingCaseInput = z.object({ findingId: cuid, version });
