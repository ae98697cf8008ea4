// Input rules for 举报: the public intake form and the office's and assignee's steps.
import { z } from "zod";
import { TipOutcome } from "@/lib/generated/prisma/enums";

const text = (min: number, max: number, label: string) =>
  z.string().trim().min(min, `请填写${label}`).max(max, `${label}最多${max}字`);
const optional = (max: number, label: string) =>
  z.string().trim().max(max, `${label}最多${max}字`).optional().transform((s) => s || null);

// Calendar dates (@db.Date) are stored as UTC midnight of that day, so the date never shifts.
export const calendarDate = (label: string) =>
  z.iso.date(`请填写${label}（年-月-日）`).transform((s) => new Date(`${s}T00:00:00Z`));

/** What the public page sends; everything is plain text and only ever shown escaped. */
export const publicTipInput = z.object({
  reporterName: optional(20, "姓名"),
  reporterPhone: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || null)
    .refine((s) => s === null || /^[0-9+\-\s]{7,20}$/.test(s), "联系电话格式不正确"),
  enterpriseName: text(2, 100, "企业（作坊）名称"),
  address: text(2, 200, "地址"),
  reportedUnitId: z.coerce.number().int().positive().optional().catch(undefined),
  description: text(5, 2000, "看到的情况"),
});

export const assignTipInput = z
  .object({
    tipId: z.string().min(1),
    version: z.number().int().min(0),
    unitId: z.number().int().positive().nullable(),
    departmentId: z.number().int().positive().nullable(),
    deadline: calendarDate("核查期限"),
    enterpriseId: z.string().min(1).nullable(),
  })
  .refine((v) => v.unitId !== null || v.departmentId !== null, { message: "请选择承办单位或部门", path: ["unitId"] });

export const verifyTipInput = z.object({
  tipId: z.string().min(1),
  version: z.number().int().min(0),
  findings: text(5, 2000, "核查情况"),
  outcome: z.enum(TipOutcome, "请选择核查结论"),
});

export const closeTipInput = z.object({
  tipId: z.string().min(1),
  version: z.number().int().min(0),
  closingNote: text(2, 1000, "办结意见"),
});
