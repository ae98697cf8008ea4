import "server-only";

import { prisma } from "@/server/db";
import { taskLineScope, taskProgressReadScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { lineBasisInclude } from "@/server/tasks/line-basis";
import { loadLineRecords, recordUnitScope, withRecords } from "@/server/tasks/line-records";

/**
 * The lines a user may read, each with the entries the user may read (newest first: a township only its
 * own unit's), the unit shares and the records a computed line counts, for progress and the latest entry.
 */
export async function listTaskLines(user: SessionUser, campaignId: number) {
  const [lines, records] = await Promise.all([
    prisma.taskLine.findMany({
      where: { AND: [{ campaignId }, taskLineScope(user)] },
      orderBy: { displayOrder: "asc" },
      include: {
        leads: { include: { department: { select: { id: true, name: true, displayOrder: true } } } },
        ...lineBasisInclude(user),
        progress: {
          where: taskProgressReadScope(user),
          orderBy: [{ date: "desc" }, { createdAt: "desc" }],
          select: {
            value: true,
            date: true,
            createdAt: true,
            itemId: true,
            note: true,
            caseNotes: true,
            unitId: true,
            status: true,
            returnReason: true,
            author: { select: { displayName: true } },
            item: { select: { title: true } },
            enterprises: { select: { enterprise: { select: { name: true } } } },
          },
        },
      },
    }),
    loadLineRecords(prisma, campaignId, recordUnitScope(user)),
  ]);
  // Computed lines (lib/tasks/line-source.ts) count their records; typed entries there are history only.
  return withRecords(lines, records);
}

export type TaskLineRow = Awaited<ReturnType<typeof listTaskLines>>[number];
