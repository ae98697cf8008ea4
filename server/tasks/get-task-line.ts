import "server-only";
import { prisma } from "@/server/db";
import { steelInspectionScope, taskLineScope, taskProgressReadScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { steelSummarySelect } from "@/server/steel/summary-select";

/** One line with its full history (a township: its own unit's entries), or null when it does not exist or is not the user's to read. */
export function getTaskLine(user: SessionUser, taskLineId: number) {
  return prisma.taskLine.findFirst({
    where: { AND: [{ id: taskLineId }, taskLineScope(user)] },
    include: {
      campaign: true,
      leads: { include: { department: { select: { id: true, name: true } } } },
      items: { orderBy: { displayOrder: "asc" } },
      shares: { select: { unitId: true, target: true } },
      // steel: T10 counts its inspections (lib/task-progress.ts lineEntries); a township its own unit's.
      steelInspections: {
        where: steelInspectionScope(user),
        select: steelSummarySelect,
      },
      progress: {
        where: taskProgressReadScope(user),
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        include: {
          author: { select: { id: true, displayName: true, department: { select: { name: true } } } },
          unit: { select: { id: true, name: true } },
          confirmedBy: { select: { displayName: true, department: { select: { name: true } } } },
          item: { select: { title: true } },
          enterprises: { include: { enterprise: { select: { id: true, name: true, creditCode: true } } } },
          attachments: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, size: true } },
        },
      },
    },
  });
}
