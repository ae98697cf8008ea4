import "server-only";
import { prisma } from "@/server/db";
import { taskLineScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The lines a user may read, each with its entries (newest first) for progress and the latest entry. */
export function listTaskLines(user: SessionUser, campaignId: number) {
  return prisma.taskLine.findMany({
    where: { AND: [{ campaignId }, taskLineScope(user)] },
    orderBy: { displayOrder: "asc" },
    include: {
      leads: { include: { department: { select: { id: true, name: true, displayOrder: true } } } },
      items: { orderBy: { displayOrder: "asc" } },
      progress: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        select: {
          value: true, date: true, createdAt: true, itemId: true, note: true, caseNotes: true,
          author: { select: { displayName: true } },
          item: { select: { title: true } },
          enterprises: { select: { enterprise: { select: { name: true } } } },
        },
      },
    },
  });
}

export type TaskLineRow = Awaited<ReturnType<typeof listTaskLines>>[number];
