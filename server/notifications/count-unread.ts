import "server-only";

import { prisma } from "@/server/db";
import { notificationScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export function countUnread(user: SessionUser) {
  return prisma.notification.count({ where: { AND: [notificationScope(user), { readAt: null }] } });
}
