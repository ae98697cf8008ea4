import "server-only";

import { prisma } from "@/server/db";

/**
 * 区县管理 (docs/domain.md §市级): every district with its names and its office's accounts (区工强办, role
 * OFFICE) — the city office's read; no other record of a district.
 */
export async function listDistrictOffices() {
  const districts = await prisma.district.findMany({
    orderBy: { displayOrder: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      officeName: true,
      officeShortName: true,
      docPrefix: true,
      isSample: true,
      users: {
        where: { role: "OFFICE" },
        orderBy: { username: "asc" },
        select: { id: true, username: true, displayName: true, active: true, mustChangePassword: true },
      },
      _count: { select: { campaigns: true } },
    },
  });
  // A district without a year yet (a new one): 未开展 until its office opens one.
  return districts.map(({ _count, ...d }) => ({ ...d, hasCampaign: _count.campaigns > 0 }));
}

/** The city's 区划代码 (330200): a new district's code lies under it. */
export async function cityCode(): Promise<string> {
  return (await prisma.city.findFirstOrThrow({ select: { code: true } })).code;
}
