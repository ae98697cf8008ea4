import "server-only";

import { cachedFigures } from "@/server/cache";
import { prisma } from "@/server/db";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Cases a 回访 found producing again (死灰复燃) that are not accepted again yet — flagged on the dashboard. */
export function listRelapses(user: SessionUser, campaignId: number) {
  return cachedRelapses(JSON.stringify(returnVisitScope(user)), campaignId);
}

// Cached figures (server/cache.ts), keyed on the user's scope itself: read on every dashboard render, changed only by a mutation.
const cachedRelapses = cachedFigures("relapses", (scope: string, campaignId: number) =>
  prisma.returnVisit.findMany({
    where: { AND: [JSON.parse(scope), { result: "RESUMED", case: { campaignId, status: { not: "ACCEPTED" } } }] },
    orderBy: { recordedAt: "desc" },
    select: {
      id: true,
      unit: { select: { name: true } },
      case: { select: { id: true, enterprise: { select: { name: true } } } },
    },
  }),
);
