import "server-only";
import { prisma } from "@/server/db";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Cases a 回访 found producing again (死灰复燃) that are not accepted again yet — flagged on the dashboard. */
export function listRelapses(user: SessionUser, campaignId: number) {
  return prisma.returnVisit.findMany({
    where: { AND: [returnVisitScope(user), { result: "RESUMED", case: { campaignId, status: { not: "ACCEPTED" } } }] },
    orderBy: { recordedAt: "desc" },
    select: { id: true, visitedOn: true, unit: { select: { name: true } }, case: { select: { id: true, enterprise: { select: { name: true } } } } },
  });
}
