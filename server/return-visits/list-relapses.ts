import "server-only";

import { canSee } from "@/lib/areas";
import { cachedFigures } from "@/server/cache";
import { casesAsOf, stateWhere } from "@/server/cases/cases-as-of";
import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * Cases a 回访 found producing again (死灰复燃) that are not accepted again yet — flagged on the dashboard.
 * The same rule as the case list's `relapsed=1` (lib/cases/figure-filter.ts), over the cases the user
 * reads in the ledger; `at`: the moment of a past 统计截至 day (the visits recorded and the state by then).
 */
export function listRelapses(user: SessionUser, campaignId: number, at?: Date) {
  if (!canSee(user.role, "returnVisits")) return Promise.resolve([]);
  const scope = JSON.stringify(caseScope(user));
  return cachedRelapses(scope, campaignId, at && at.getTime() < Date.now() ? at.toISOString() : null);
}

// Cached figures (server/cache.ts), keyed on the user's scope itself: read on every dashboard render, changed only by a mutation.
const cachedRelapses = cachedFigures("relapses", async (scope: string, campaignId: number, at: string | null) => {
  const base = { AND: [JSON.parse(scope), { campaignId }] };
  const where = at
    ? { id: { in: (await casesAsOf(base, { relapsed: true }, new Date(at))).map((c) => c.id) } }
    : { AND: [base, stateWhere({ relapsed: true }, new Date())] };
  const cases = await prisma.case.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, unit: { select: { name: true } }, enterprise: { select: { name: true } } },
  });
  return cases.map((c) => ({ id: c.id, unit: c.unit, case: { id: c.id, enterprise: c.enterprise } }));
});
