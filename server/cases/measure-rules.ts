import "server-only";

import { decideRecordMeasure, type MeasureDraft } from "@/lib/cases/measures";
import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { caseScope, districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * The case (in the user's scope) and the ordering department for a measure the user wants to record,
 * or a refusal: out of scope = not found; the rule in lib/cases/measures.ts decides the rest.
 */
export async function authorizeMeasure(
  tx: Tx,
  user: SessionUser,
  caseId: string,
  draft: Omit<MeasureDraft, "departmentId"> & { departmentId: number | null },
) {
  const row = await tx.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(user)] } });
  if (!row) throw notFound();
  const departmentId = draft.departmentId ?? (user.role === "TOWNSHIP" ? null : user.departmentId);
  if (departmentId === null) throw new ActionError("INVALID", "请选择下达措施的部门");
  if (
    !(await tx.department.findFirst({
      where: { id: departmentId, districtId: districtOf(user) },
      select: { id: true },
    }))
  )
    throw new ActionError("INVALID", "下达措施的部门无效");
  const decision = decideRecordMeasure(user, row, { ...draft, departmentId });
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return { row, departmentId: decision.departmentId };
}
