import "server-only";

import { beijingIsoDay, beijingStartOf } from "@/lib/dates";
import { cachedFigures } from "@/server/cache";
import { casesAsOf } from "@/server/cases/cases-as-of";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * How many of the user's cases in the campaign (optionally of one unit) are overdue, and the first few.
 * `at`: the moment of a past 统计截至 day — overdue as the case stood then (lib/cases/figure-filter.ts
 * caseStateAt, the rule the case list's `overdue=1&asOf=` filters with); otherwise today.
 * Cached figures (server/cache.ts): the key is the user's case scope itself (as JSON), the unit and the
 * Beijing day (overdue changes only with the day or a mutation, which expires every cached figure).
 */
export async function countOverdue(user: SessionUser, campaignId: number, now: Date, unitId?: number, at?: Date) {
  const scope = JSON.stringify(caseScope(user));
  if (at && at.getTime() < now.getTime()) return cachedOverdueAsOf(scope, campaignId, unitId ?? null, at.toISOString());
  return cachedOverdue(scope, campaignId, unitId ?? null, beijingIsoDay(now));
}

const FIRST = 5;
const firstSelect = { id: true, enterprise: { select: { name: true } }, unit: { select: { name: true } } } as const;

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
        take: FIRST,
        orderBy: [{ measureDeadline: "asc" }, { deadline: "asc" }, { id: "asc" }],
        select: firstSelect,
      }),
    ]);
    return { count, first };
  },
);

const cachedOverdueAsOf = cachedFigures(
  "overdue-as-of",
  async (scope: string, campaignId: number, unitId: number | null, at: string) => {
    const where = { AND: [JSON.parse(scope), { campaignId }, unitId ? { unitId } : {}] };
    const matching = await casesAsOf(where, { overdue: true }, new Date(at));
    const first = await prisma.case.findMany({
      where: { id: { in: matching.slice(0, FIRST).map((m) => m.id) } },
      orderBy: { id: "asc" },
      select: firstSelect,
    });
    return { count: matching.length, first };
  },
);
