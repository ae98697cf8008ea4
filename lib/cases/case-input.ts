// Input rules for a case's details, shared by registering and editing a case.
import { z } from "zod";

import { creditCode, optionalCalendarDate, optionalIntId, optionalText, text, uniqueArray } from "@/lib/fields";
import { Category, Dimension, DisposalPath, Industry } from "@/lib/generated/prisma/enums";

/** The details an officer keeps up to date while the case is open. */
export const caseDetailsInput = z.object({
  dimensions: uniqueArray(z.enum(Dimension, "请选择整治方面"), Object.keys(Dimension).length, "整治方面").refine(
    (ds) => ds.length > 0,
    "请至少选择一个整治方面",
  ),
  deadline: optionalCalendarDate("整改期限"),
  disposalPath: z
    .enum(DisposalPath)
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  outcomeId: optionalIntId,
  commitmentText: optionalText("公开承诺内容", 2000),
  commitmentPublishedIn: optionalText("发布渠道", 200),
  commitmentDate: optionalCalendarDate("承诺日期"),
  /** ELIMINATION: the 淘汰类 item from the office's list, or the basis written out under 其他. */
  policyBasisId: optionalIntId,
  policyBasisOther: optionalText("其他政策依据", 300),
  /** 整体关停退出: the enterprise as a whole stops producing (its production licence is then cancelled, lib/licences/handoff.ts). */
  wholeExit: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});

export const registerCaseInput = caseDetailsInput.extend({
  enterpriseName: text("企业（作坊）名称", 100, 2),
  creditCode,
  industry: z.enum(Industry, "请选择所属行业"),
  address: optionalText("地址", 200),
  contactName: optionalText("联系人", 20),
  contactPhone: optionalText("联系电话", 20),
  /** 生产许可证编号, when the enterprise holds one (its cancellation follows a closure). */
  productionLicence: optionalText("生产许可证编号", 50),
  category: z.enum(Category, "请选择整治类别"),
  /** The officer confirmed registering in a category the unit's annex cell marks "/" (目标外, lib/campaigns/annex.ts). */
  confirmOutsideTarget: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});

/** Path and outcome belong to one category each; the other is cleared. */
export function normaliseForCategory<
  T extends {
    disposalPath: DisposalPath | null;
    outcomeId: number | null;
    policyBasisId?: number | null;
    policyBasisOther?: string | null;
  },
>(category: Category, details: T): T {
  return category === "ELIMINATION"
    ? { ...details, outcomeId: null }
    : { ...details, disposalPath: null, policyBasisId: null, policyBasisOther: null };
}
