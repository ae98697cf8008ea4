import "server-only";

import { prisma } from "@/server/db";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** 单位管理: the user's district's units in annex order, with their accounts counted (another district's never). */
export function listDistrictUnits(user: SessionUser) {
  return prisma.unit.findMany({
    where: { districtId: districtOf(user) },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      code: true,
      displayOrder: true,
      version: true,
      _count: { select: { users: true } },
    },
  });
}

/** The user's district's 区划代码 (a new unit's code starts with it). */
export async function districtCodeOf(user: SessionUser): Promise<string> {
  const d = await prisma.district.findUnique({ where: { id: districtOf(user) }, select: { code: true } });
  return d?.code ?? "";
}
