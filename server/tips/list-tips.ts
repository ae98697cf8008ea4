import "server-only";

import type { TipKind, TipStatus } from "@/lib/generated/prisma/enums";
import { paginate } from "@/lib/paginate";
import { prisma } from "@/server/db";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** One page of the tips the user may see, newest first, optionally of one status and one kind. */
export async function listTips(user: SessionUser, status: TipStatus | undefined, page: number, kind?: TipKind) {
  const where = { AND: [tipScope(user), status ? { status } : {}, kind ? { kind } : {}] };
  const total = await prisma.tip.count({ where });
  const { page: current, pages, skip, take } = paginate(total, page);
  const rows = await prisma.tip.findMany({
    where,
    orderBy: { createdAt: "desc" },
    skip,
    take,
    select: {
      id: true,
      reference: true,
      enterpriseName: true,
      address: true,
      status: true,
      deadline: true,
      createdAt: true,
      outcome: true,
      kind: true,
      unit: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
  return { rows, total, page: current, pages };
}
