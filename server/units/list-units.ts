import "server-only";

import { prisma } from "@/server/db";
import { unitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export function listUnits(user: SessionUser) {
  return prisma.unit.findMany({
    where: unitScope(user),
    orderBy: { displayOrder: "asc" },
    select: { id: true, name: true },
  });
}
