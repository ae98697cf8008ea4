import "server-only";

import { prisma } from "@/server/db";

/**
 * The district whose public tip page this is (docs/domain.md §市级): the one whose code the page carries
 * (`/tip?district=330203`), else — a single-district installation — the only one; null when the code is
 * unknown, or none is named and the city has several (the page then asks which).
 */
export async function publicTipDistrict(code: string | null) {
  if (code)
    return prisma.district.findUnique({
      where: { code },
      select: { id: true, code: true, name: true, officeName: true },
    });
  const districts = await prisma.district.findMany({
    take: 2,
    select: { id: true, code: true, name: true, officeName: true },
  });
  return districts.length === 1 ? districts[0] : null;
}

/** Every district, for the public page's choice when the city has several. */
export function listPublicDistricts() {
  return prisma.district.findMany({ orderBy: { displayOrder: "asc" }, select: { code: true, name: true } });
}
