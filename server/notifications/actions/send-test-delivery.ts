"use server";
import { z } from "zod";

import { cuid, optionalIntId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { loadDeliveryOwnerForChange } from "@/server/notifications/delivery-settings";

/**
 * 发送测试消息: after typing an e-mail address or a robot's address, the office checks it works. The test
 * goes through the outbox like any notice (at once, whatever the setting's mode); a failure shows under 通知投递.
 */
export const sendTestDelivery = defineAction({
  name: "delivery.test",
  input: z
    .object({ userId: cuid.optional(), unitId: optionalIntId })
    .refine((i) => !!i.userId !== !!i.unitId, { message: "请指定账号或单位", path: ["userId"] }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const { setting } = await loadDeliveryOwnerForChange(tx, user, input);
    if (!setting || (!setting.email && !setting.webhookUrl))
      throw new ActionError("INVALID", "请先填写并保存邮箱或群机器人地址");
    return setting;
  },
  run: async ({ user, tx, resource: setting }) => {
    const targets = [
      ["EMAIL", setting.email],
      ["WEBHOOK", setting.webhookUrl],
    ] as const;
    const text = `测试消息：通知投递设置可用（${user.displayName}发送）`;
    const rows = await tx.notificationDelivery.createManyAndReturn({
      data: targets.flatMap(([channel, target]) =>
        target
          ? [
              {
                settingId: setting.id,
                channel,
                target,
                category: "OTHER" as const,
                text,
                href: "/notifications",
                status: "PENDING" as const,
              },
            ]
          : [],
      ),
      select: { id: true, channel: true },
    });
    return {
      data: { count: rows.length },
      audit: rows.map((r) => ({
        entity: "NotificationDelivery",
        entityId: r.id,
        before: null,
        after: { channel: r.channel, text },
      })),
    };
  },
  revalidate: () => ["/admin/deliveries"],
});
