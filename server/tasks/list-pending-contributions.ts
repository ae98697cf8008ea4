import "server-only";

import { prisma } from "@/server/db";
import { contributionReviewScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Unit contributions awaiting the user's confirmation (lines they lead; the office all), oldest first; optionally one line's. */
export function listPendingContributions(user: SessionUser, campaignId: number, taskLineId?: number) {
  return prisma.taskProgress.findMany({
    where: {
      AND: [
        contributionReviewScope(user),
        { status: "PENDING", taskLine: { campaignId } },
        taskLineId ? { taskLineId } : {},
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    include: {
      taskLine: { select: { id: true, code: true, title: true, measure: true } },
      unit: { select: { id: true, name: true } },
      author: { select: { displayName: true } },
      item: { select: { title: true } },
      enterprises: { include: { enterprise: { select: { id: true, name: true, creditCode: true } } } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, size: true } },
    },
  });
}

export type PendingContribution = Awaited<ReturnType<typeof listPendingContributions>>[number];
