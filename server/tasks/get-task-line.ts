import "server-only";

import { prisma } from "@/server/db";
import { taskLineScope, taskProgressReadScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { lineBasisInclude } from "@/server/tasks/line-basis";
import { loadLineRecords, recordUnitScope, withRecords } from "@/server/tasks/line-records";

/** One line with its full history (a township: its own unit's entries), or null when it does not exist or is not the user's to read. */
export async function getTaskLine(user: SessionUser, taskLineId: number) {
  const line = await prisma.taskLine.findFirst({
    where: { AND: [{ id: taskLineId }, taskLineScope(user)] },
    include: {
      campaign: true,
      leads: { include: { department: { select: { id: true, name: true } } } },
      ...lineBasisInclude(user),
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
  if (!line) return null;
  const [withLine] = withRecords([line], await loadLineRecords(prisma, line.campaignId, recordUnitScope(user)));
  return withLine;
}
