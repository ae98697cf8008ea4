// Input rules for 举报: the public intake form and the office's and assignee's steps.
import { z } from "zod";

import { calendarDate, cuid, intId, optionalCuid, optionalIntId, optionalText, text, version } from "@/lib/fields";
import { TipKind } from "@/lib/generated/prisma/enums";

export const NAME_OR_PLACE_MESSAGE = "企业（作坊）名称和地址（位置）至少填写一项";

// The name-or-place rule needs only those two fields to be valid, not the whole form.
// (A custom issue there is this rule's own, or a refused character: the value is still a string.)
const nameAndPlaceParsed = (payload: { issues: readonly { path?: readonly PropertyKey[]; code?: string }[] }) =>
  !payload.issues.some((i) => (i.path?.[0] === "enterpriseName" || i.path?.[0] === "address") && i.code !== "custom");

/**
 * What the public page sends; everything is plain text and only ever shown escaped. A member of the public
 * often does not know the enterprise's name: the name or the place (either is enough), and what was seen.
 * Absent name or place are stored as "".
 */
export const publicTipInput = z
  .object({
    reporterName: optionalText("姓名", 20),
    reporterPhone: optionalText("联系电话", 20).refine(
      (s) => s === null || /^[0-9+\-\s]{7,20}$/.test(s),
      "联系电话格式不正确",
    ),
    enterpriseName: optionalText("企业（作坊）名称", 100).transform((s) => s ?? ""),
    address: optionalText("地址", 200).transform((s) => s ?? ""),
    reportedUnitId: intId.optional().catch(undefined),
    description: text("看到的情况", 2000, 5),
    kind: z
      .enum(TipKind, "请选择举报类型")
      .optional()
      .transform((k) => k ?? "LOW_SCATTERED"),
  })
  // Checked even when another field (e.g. the description) is also wrong, so the form lists every error at once.
  .refine((v) => !!(v.enterpriseName || v.address), {
    message: NAME_OR_PLACE_MESSAGE,
    path: ["enterpriseName"],
    when: nameAndPlaceParsed,
  })
  .refine((v) => !!(v.enterpriseName || v.address), {
    message: NAME_OR_PLACE_MESSAGE,
    path: ["address"],
    when: nameAndPlaceParsed,
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
