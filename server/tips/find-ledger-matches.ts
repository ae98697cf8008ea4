import "server-only";

import { prisma } from "@/server/db";

/** Ledger enterprises of the district whose name resembles the tip's, for the office to link (the office sees the district's whole ledger). */
export async function findLedgerMatches(districtId: number, name: string) {
  const words = name.replace(/(有限公司|有限责任公司|公司|厂|作坊|加工点)$/u, "").trim();
  if (words.length < 2) return [];
  return prisma.enterprise.findMany({
    where: { name: { contains: words.slice(0, 8), mode: "insensitive" }, unit: { districtId } },
    take: 10,
    orderBy: { name: "asc" },
    select: { id: true, name: true, creditCode: true, unit: { select: { name: true } } },
  });
}
