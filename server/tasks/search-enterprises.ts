import "server-only";

import { prisma } from "@/server/db";
import { taskEnterpriseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Ledger enterprises matching a name or credit-code fragment, for naming them on a progress entry. */
export function searchEnterprises(user: SessionUser, query: string, take = 20) {
  const q = query.trim();
  return prisma.enterprise.findMany({
    where: {
      AND: [
        taskEnterpriseScope(user),
        q
          ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { creditCode: { contains: q.toUpperCase() } }] }
          : {},
      ],
    },
    orderBy: { name: "asc" },
    take,
    select: { id: true, name: true, creditCode: true, unit: { select: { name: true } } },
  });
}
