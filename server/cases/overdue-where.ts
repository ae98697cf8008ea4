import "server-only";

import { OPEN_STATUSES } from "@/lib/cases/overdue";
import { beijingDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * lib/cases/overdue.ts `isOverdue` as a query filter (the lists and counts filter in the database):
 * open, and the latest 限期整改 deadline — or, without one, the case's own deadline — before today (Beijing).
 */
export function overdueWhere(now: Date): Prisma.CaseWhereInput {
  const today = beijingDay(now);
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: [{ measureDeadline: { lt: today } }, { measureDeadline: null, deadline: { lt: today } }],
  };
}
