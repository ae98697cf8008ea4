import "server-only";
import { PAGE_SIZE } from "@/lib/cases/list-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/server/db";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export type ReturnVisitFilter = "pending" | "done" | "resumed";

const FILTER: Record<ReturnVisitFilter, Prisma.ReturnVisitWhereInput> = {
  pending: { result: null },
  done: { result: { not: null } },
  resumed: { result: "RESUMED" },
};

/** One page of the 回访 tasks the user may see, earliest due first. */
export async function listReturnVisits(user: SessionUser, filter: ReturnVisitFilter, page: number) {
  const where = { AND: [returnVisitScope(user), FILTER[filter]] };
  const [rows, total] = await Promise.all([
    prisma.returnVisit.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, dueDate: true, visitedOn: true, result: true, acceptedAt: true,
        unit: { select: { name: true } },
        case: { select: { id: true, status: true, disposalPath: true, enterprise: { select: { name: true } } } },
      },
    }),
    prisma.returnVisit.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
