import "server-only";

import { prisma } from "@/server/db";
import { notificationScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The user's latest notifications, unread first. */
export function listNotifications(user: SessionUser, take = 50) {
  return prisma.notification.findMany({
    where: notificationScope(user),
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take,
  });
}
