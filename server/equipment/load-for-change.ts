import "server-only";

import { takesEquipment } from "@/lib/cases/equipment";
import { decide } from "@/lib/cases/workflow";
import { assertCaseOpen } from "@/server/campaigns/assert-campaign-open";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { caseWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

// 淘汰设备清单: whoever may edit the case in its state (lib/cases/workflow.ts, EDIT) edits its equipment;
// out of scope = not found, a closed year or a case closed at year end = refused.

/** The case whose equipment list changes, with the status it moves to (a registered case starts). */
export async function loadCaseForEquipment(tx: Tx, user: SessionUser, caseId: string) {
  const row = await loadCaseForChange(tx, user, caseId);
  return { row, to: allowEdit(user, row) };
}

/** One item and its case, for a change or removal. */
export async function loadEquipmentForChange(tx: Tx, user: SessionUser, equipmentId: string) {
  const item = await tx.caseEquipment.findFirst({
    where: { id: equipmentId, case: caseWriteScope(user) },
    include: { case: true },
  });
  if (!item) throw notFound();
  await assertCaseOpen(tx, item.case);
  const { case: row, ...before } = item;
  return { item: before, row, to: allowEdit(user, row) };
}

function allowEdit(
  user: SessionUser,
  row: Parameters<typeof decide>[2] & { category: "ELIMINATION" | "RECTIFICATION" },
) {
  const decision = decide("EDIT", user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  if (!takesEquipment(row.category)) throw new ActionError("INVALID", "只有淘汰落后产能企业登记设备清单");
  return decision.to;
}

/** The proof must be a current (not removed) evidence item of the same case. */
export async function checkProof(tx: Tx, caseId: string, evidenceId: string | null) {
  if (evidenceId === null) return;
  const found = await tx.evidence.findFirst({
    where: { id: evidenceId, caseId, deletedAt: null },
    select: { id: true },
  });
  if (!found) throw new ActionError("INVALID", "证明材料须是本整治对象已上传的佐证材料，请重新选择");
}
