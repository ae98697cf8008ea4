import "server-only";

import { policyDepartmentCode } from "@/lib/cases/policy-department";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/**
 * A chosen policy basis must be on the district office's list and in use (a case keeping a basis since retired is
 * not refused).
 */
export async function checkPolicyBasis(tx: Tx, districtId: number, policyBasisId: number | null) {
  if (policyBasisId === null) return;
  if (!(await tx.policyBasis.findFirst({ where: { id: policyBasisId, districtId, active: true } })))
    throw new ActionError("INVALID", "政策依据无效，请重新选择");
}

/**
 * The department of the case's district a basis assigns its 产业政策 case to (T9, lib/cases/policy-department.ts);
 * null when it names no issuer.
 */
export async function policyDepartmentFromBasis(
  tx: Tx,
  districtId: number,
  policyBasisId: number | null,
): Promise<number | null> {
  if (policyBasisId === null) return null;
  const basis = await tx.policyBasis.findFirst({ where: { id: policyBasisId, districtId }, select: { issuer: true } });
  const code = policyDepartmentCode(basis?.issuer);
  if (code === null) return null;
  const department = await tx.department.findUnique({
    where: { districtId_code: { districtId, code } },
    select: { id: true },
  });
  return department?.id ?? null;
}
