import "server-only";
import { PAGE_SIZE } from "@/lib/cases/list-filters";
import type { TipKind, TipStatus } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** One page of the tips the user may see, newest first, optionally of one status and one kind. */
export async function listTips(user: SessionUser, status: TipStatus | undefined, page: number, kind?: TipKind) {
  const where = { AND: [tipScope(user), status ? { status } : {}, kind ? { kind } : {}] };
  const [rows, total] = await Promise.all([
    prisma.tip.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, reference: true, enterpriseName: true, address: true, status: true, deadline: true, createdAt: true, outcome: true, kind: true,
        unit: { select: { name: true } }, department: { select: { name: true } },
      },
    }),
    prisma.tip.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
