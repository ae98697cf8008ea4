import "server-only";
import { overdueWhere } from "@/server/cases/overdue-where";
import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** How many of the user's cases in the campaign (optionally of one unit) are overdue, and the first few. */
export async function countOverdue(user: SessionUser, campaignId: number, now: Date, unitId?: number) {
  const where = { AND: [caseScope(user), { campaignId }, unitId ? { unitId } : {}, overdueWhere(now)] };
  const [count, first] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({
      where, take: 5, orderBy: [{ measureDeadline: "asc" }, { deadline: "asc" }, { id: "asc" }],
      select: { id: true, enterprise: { select: { name: true } }, unit: { select: { name: true } } },
    }),
  ]);
  return { count, first };
}
