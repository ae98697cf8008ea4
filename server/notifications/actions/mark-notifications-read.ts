"use server";
import { z } from "zod";

import { cuid } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { notificationScope } from "@/server/scope";

/** Marks the caller's own notifications read: the given one, or all of them. */
export const markNotificationsRead = defineAction({
  name: "notification.markRead",
  input: z.object({ id: cuid.optional() }),
  roles: ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP", "EXPERT"],
  authorize: async () => null,
  run: async ({ user, input, tx }) => {
    const where = { AND: [notificationScope(user), { readAt: null }, input.id ? { id: input.id } : {}] };
    const { count } = await tx.notification.updateMany({ where, data: { readAt: new Date() } });
    return { data: { count }, audit: [] };
  },
  revalidate: () => ["/notifications", "/"],
});
