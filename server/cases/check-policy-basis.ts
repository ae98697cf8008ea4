import "server-only";

import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";

/** A chosen policy basis must be on the office's list and in use (a case keeping a basis since retired is not refused). */
export async function checkPolicyBasis(tx: Tx, policyBasisId: number | null) {
  if (policyBasisId === null) return;
  if (!(await tx.policyBasis.findFirst({ where: { id: policyBasisId, active: true } })))
    throw new ActionError("INVALID", "政策依据无效，请重新选择");
}
