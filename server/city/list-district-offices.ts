import "server-only";

import { prisma } from "@/server/db";

/**
 * 区县管理 (docs/domain.md §市级): every district with its names and its office's accounts (区工强办, role
 * OFFICE) — the city office's read; no other record of a district.
 */
export function listDistrictOffices() {
  return prisma.district.findMany({
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
    },
  });
}
