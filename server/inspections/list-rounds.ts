import "server-only";

import { paginate } from "@/lib/paginate";
import { prisma } from "@/server/db";
import { findingScope, roundScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** One page of the year's rounds the user may read, latest first, with the findings they may read counted by state. */
export async function listRounds(user: SessionUser, campaignId: number, page: number) {
  const where = { AND: [{ campaignId }, roundScope(user)] };
  const total = await prisma.inspectionRound.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.inspectionRound.findMany({
    where,
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      title: true,
      startDate: true,
      endDate: true,
      _count: { select: { units: true, samples: true } },
      departments: {
        select: { department: { select: { name: true } } },
        orderBy: { department: { displayOrder: "asc" } },
      },
    },
  });
  const counts = await prisma.inspectionFinding.groupBy({
    by: ["roundId", "status"],
    where: { AND: [{ roundId: { in: rows.map((r) => r.id) } }, findingScope(user)] },
    _count: { _all: true },
  });
  const count = (roundId: string, status: string) =>
    counts.find((c) => c.roundId === roundId && c.status === status)?._count._all ?? 0;
  return {
    rows: rows.map((r) => ({
      ...r,
      findings: { OPEN: count(r.id, "OPEN"), ANSWERED: count(r.id, "ANSWERED"), CLOSED: count(r.id, "CLOSED") },
    })),
    total,
    page: current,
    pages,
  };
}
