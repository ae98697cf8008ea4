import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/paginate";
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
  const total = await prisma.returnVisit.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.returnVisit.findMany({
    where,
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      dueDate: true,
      visitedOn: true,
      result: true,
      acceptedAt: true,
      unit: { select: { name: true } },
      case: {
        select: {
          id: true,
          status: true,
          category: true,
          disposalPath: true,
          outcome: { select: { name: true } },
          enterprise: { select: { name: true } },
        },
      },
    },
  });
  return { rows, total, page: current, pages };
}
