import "server-only";

import { prisma } from "@/server/db";

/**
 * 企业跨区县迁移: the enterprise of a credit code wherever it is registered in the city, with its district, its unit
 * and how many of its cases are accepted or still open. City pages only (the area checks the caller first).
 */
export async function findEnterpriseByCreditCode(creditCode: string) {
  const e = await prisma.enterprise.findUnique({
    where: { creditCode },
    select: {
      id: true,
      name: true,
      creditCode: true,
      unit: { select: { name: true, district: { select: { code: true, name: true } } } },
      cases: { select: { status: true } },
    },
  });
  if (!e) return null;
  const accepted = e.cases.filter((c) => c.status === "ACCEPTED").length;
  return { ...e, accepted, open: e.cases.length - accepted };
}

/** Every district with its units, in order, for choosing where an enterprise moves to. */
export function listDistrictsWithUnits() {
  return prisma.district.findMany({
    orderBy: { displayOrder: "asc" },
    select: {
      code: true,
      name: true,
      units: { orderBy: { displayOrder: "asc" }, select: { id: true, name: true } },
    },
  });
}
