import "server-only";

import { beijingIsoDay, beijingStartOf } from "@/lib/dates";
import { cachedFigures } from "@/server/cache";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * How many of the user's cases in the campaign (optionally of one unit) are overdue, and the first few.
 * Cached figures (server/cache.ts): the key is the user's case scope itself (as JSON), the unit and the
 * Beijing day (overdue changes only with the day or a mutation, which expires every cached figure).
 */
export async function countOverdue(user: SessionUser, campaignId: number, now: Date, unitId?: number) {
  return cachedOverdue(JSON.stringify(caseScope(user)), campaignId, unitId ?? null, beijingIsoDay(now));
}

const cachedOverdue = cachedFigures(
  "overdue",
  async (scope: string, campaignId: number, unitId: number | null, day: string) => {
    const where = {
      AND: [JSON.parse(scope), { campaignId }, unitId ? { unitId } : {}, overdueWhere(beijingStartOf(new Date(day)))],
    };
    const [count, first] = await Promise.all([
      prisma.case.count({ where }),
      prisma.case.findMany({
        where,
        take: 5,
        orderBy: [{ measureDeadline: "asc" }, { deadline: "asc" }, { id: "asc" }],
        select: { id: true, enterprise: { select: { name: true } }, unit: { select: { name: true } } },
      }),
    ]);
    return { count, first };
  },
);
