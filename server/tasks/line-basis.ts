import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { steelInspectionScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { steelSummarySelect } from "@/server/steel/summary-select";

/**
 * What a line's figures are computed from, for the line page and the overview alike: its items, the
 * unit shares, and T10's inspections (lib/tasks/progress.ts lineEntries; a township only its own unit's).
 */
export function lineBasisInclude(user: SessionUser) {
  return {
    items: { orderBy: { displayOrder: "asc" } },
    shares: { select: { unitId: true, target: true } },
    steelInspections: { where: steelInspectionScope(user), select: steelSummarySelect },
  } satisfies Prisma.TaskLineInclude;
}
