import "server-only";
import { prisma } from "@/server/db";
import { taskLineScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export function listTaskLines(user: SessionUser, campaignId: number) {
  return prisma.taskLine.findMany({
    where: { AND: [{ campaignId }, taskLineScope(user)] },
    orderBy: { displayOrder: "asc" },
    include: {
      leads: { include: { department: { select: { name: true } } } },
      items: { orderBy: { displayOrder: "asc" } },
    },
  });
}
