"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, conflict, notFound } from "@/server/errors";
import { deliveryScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 重新发送 (通知投递): the office sends a failed e-mail or robot message again — typically after fixing
 * the address or the mail server. The job runner takes it within a minute, with a fresh round of retries.
 */
export const resendDelivery = defineAction({
  name: "delivery.resend",
  input: z.object({ deliveryId: cuid, version }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.notificationDelivery.findFirst({ where: { id: input.deliveryId, ...deliveryScope(user) } });
    if (!row) throw notFound();
    if (row.version !== input.version) throw conflict();
    if (row.status !== "FAILED" && !(row.status === "PENDING" && row.attempts > 0))
      throw new ActionError("INVALID", "只有发送失败的通知可以重新发送");
    return row;
  },
  run: async ({ tx, resource: row }) => {
    const after = await updateVersioned(tx.notificationDelivery, row.id, row.version, {
      status: "PENDING" as const,
      attempts: 0,
      nextAttemptAt: new Date(),
    });
    const pick = (r: typeof row) => ({
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      version: r.version,
    });
    return {
      data: { version: after.version },
      audit: [{ entity: "NotificationDelivery", entityId: row.id, before: pick(row), after: pick(after) }],
    };
  },
  revalidate: () => ["/admin/deliveries"],
});
