import "server-only";

import { prisma, type Tx } from "@/server/db";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** 区市场监管局 (department code SCJG) keeps the 注销生产许可证 work list. */
export const LICENCE_DEPARTMENT_CODE = "SCJG";

/** Whether the user works for 区市场监管局 — the only one who records licence cancellations (inside a transaction, pass it). */
export async function isLicenceOffice(user: SessionUser, db: Tx = prisma): Promise<boolean> {
  if (user.role !== "DEPARTMENT" || user.departmentId === null) return false;
  const d = await db.department.findFirst({
    where: { id: user.departmentId, districtId: districtOf(user) },
    select: { code: true },
  });
  return d?.code === LICENCE_DEPARTMENT_CODE;
}
