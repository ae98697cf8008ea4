// The form of a notice-delivery setting (用户管理: an officer's e-mail, a unit's group robot), checked
// the same way by the server action and shown at the field.
import { z } from "zod";

import { cuid, optionalIntId, optionalText, uniqueArray, version } from "@/lib/fields";
import { DELIVERY_MODES, emailProblem, NOTICE_CATEGORIES, webhookUrlProblem } from "@/lib/notices/delivery";

const checked = (label: string, max: number, problem: (s: string) => string | null) =>
  optionalText(label, max).superRefine((s, ctx) => {
    const p = s && problem(s);
    if (p) ctx.addIssue({ code: "custom", message: p });
  });

export const deliverySettingInput = z
  .object({
    /** The account, or the unit, whose setting it is (exactly one). */
    userId: cuid.optional(),
    unitId: optionalIntId,
    /** The version the form was built on; null when there was no setting yet. */
    version: version.nullable(),
    email: checked("邮箱", 254, emailProblem),
    webhookUrl: checked("群机器人地址", 500, webhookUrlProblem),
    /** A new 加签 secret; empty keeps the one saved (clearSecret removes it). */
    webhookSecret: optionalText("加签密钥", 200),
    clearSecret: z.boolean().default(false),
    webhookKeyword: optionalText("关键词", 20),
    mode: z.enum(DELIVERY_MODES, { error: "请选择发送方式" }),
    categories: uniqueArray(z.enum(NOTICE_CATEGORIES), NOTICE_CATEGORIES.length, "通知类别"),
  })
  .refine((i) => !!i.userId !== !!i.unitId, { message: "请指定账号或单位", path: ["userId"] });

export type DeliverySettingInput = z.input<typeof deliverySettingInput>;
