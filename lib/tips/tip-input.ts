// Input rules for 举报: the public intake form and the office's and assignee's steps.
import { z } from "zod";
import { cuid, calendarDate, intId, optionalCuid, optionalIntId, optionalText, text, version } from "@/lib/fields";
import { TipKind } from "@/lib/generated/prisma/enums";

/** What the public page sends; everything is plain text and only ever shown escaped. */
export const publicTipInput = z.object({
  reporterName: optionalText("姓名", 20),
  reporterPhone: optionalText("联系电话", 20).refine((s) => s === null || /^[0-9+\-\s]{7,20}$/.test(s), "联系电话格式不正确"),
  enterpriseName: text("企业（作坊）名称", 100, 2),
  address: text("地址", 200, 2),
  reportedUnitId: intId.optional().catch(undefined),
  description: text("看到的情况", 2000, 5),
  kind: z.enum(TipKind, "请选择举报类型").optional().transform((k) => k ?? "LOW_SCATTERED"),
});

export const assignTipInput = z
  .object({
    tipId: cuid,
    version,
    unitId: optionalIntId,
    departmentId: optionalIntId,
    deadline: calendarDate("核查期限"),
    enterpriseId: optionalCuid,
  })
  .refine((v) => v.unitId !== null || v.departmentId !== null, { message: "请选择承办单位或部门", path: ["unitId"] });

export const verifyTipInput = z.object({
  tipId: cuid,
  version,
  findings: text("核查情况", 2000, 5),
  outcome: z.enum(["TRUE", "PARTLY_TRUE", "FALSE"], "请选择核查结论"),
});

export const closeTipInput = z.object({
  tipId: cuid,
  version,
  closingNote: text("办结意见", 1000, 2),
});

/** 无法核查: the office closes an anonymous tip it cannot verify; the reason is required. */
export const closeUnverifiableInput = z.object({
  tipId: cuid,
  version,
  reason: text("无法核查的理由", 1000, 5),
});
