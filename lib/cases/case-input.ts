// Input rules for a case's details, shared by registering and editing a case.
import { z } from "zod";
import { checkCreditCode } from "@/lib/credit-code";
import { Category, Dimension, DisposalPath, Industry } from "@/lib/generated/prisma/enums";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}最多${max}字`).optional().transform((s) => s || null);

// Calendar dates (@db.Date) are stored as UTC midnight of that day, so the date never shifts.
const optionalDate = z
  .union([z.iso.date("日期格式应为 年-月-日"), z.literal("")])
  .optional()
  .transform((s) => (s ? new Date(`${s}T00:00:00Z`) : null));

export const creditCodeInput = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    if (!s) return null;
    const r = checkCreditCode(s);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.code;
  });

/** The details an officer keeps up to date while the case is open. */
export const caseDetailsInput = z.object({
  dimensions: z.array(z.enum(Dimension)).min(1, "请至少选择一个整治方面"),
  deadline: optionalDate,
  disposalPath: z.enum(DisposalPath).optional().nullable().transform((v) => v ?? null),
  outcomeId: z.number().int().positive().optional().nullable().transform((v) => v ?? null),
  commitmentText: optionalText(2000, "公开承诺内容"),
  commitmentPublishedIn: optionalText(200, "发布渠道"),
  commitmentDate: optionalDate,
});

export const registerCaseInput = caseDetailsInput.extend({
  enterpriseName: z.string().trim().min(2, "请填写企业（作坊）名称").max(100, "名称最多100字"),
  creditCode: creditCodeInput,
  industry: z.enum(Industry, "请选择所属行业"),
  address: optionalText(200, "地址"),
  contactName: optionalText(20, "联系人"),
  contactPhone: optionalText(20, "联系电话"),
  category: z.enum(Category, "请选择整治类别"),
});

/** Path and outcome belong to one category each; the other is cleared. */
export function normaliseForCategory<T extends { disposalPath: DisposalPath | null; outcomeId: number | null }>(
  category: Category,
  details: T,
): T {
  return category === "ELIMINATION" ? { ...details, outcomeId: null } : { ...details, disposalPath: null };
}
