import "server-only";

import { decide } from "@/lib/cases/workflow";
import type { Case } from "@/lib/generated/prisma/client";
import { checkMayReopenCase } from "@/lib/inspections/rules";
import type { AuditEntry } from "@/server/audit";
import { assertCaseOpen } from "@/server/campaigns/assert-campaign-open";
import { applyTransition } from "@/server/cases/define-transition";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import type { SessionUser } from "@/server/session";

type Finding = {
  status: "OPEN" | "ANSWERED" | "CLOSED";
  caseId: string | null;
  reopenedCaseAt: Date | null;
  problem: string;
};

/**
 * Whether the office may reopen the finding's case now: the finding rule, then the case's own REOPEN rule
 * (lib/cases/workflow.ts `decide`, the same as 重新打开 on the case page) and the case's year being open.
 * Returns the target state for `reopenCaseByFinding`.
 */
export async function authorizeReopen(tx: Tx, user: SessionUser, finding: Finding, row: Case | null) {
  const may = checkMayReopenCase(user, finding);
  if (!may.ok || !row) throw new ActionError("FORBIDDEN", may.ok ? "该问题不涉及具体整治对象" : may.reason);
  await assertCaseOpen(tx, row);
  const decision = decide("REOPEN", user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return decision.to;
}

/** Applies the case's REOPEN transition (review record, the unit notified, audited) with the finding as the reason. */
export async function reopenCaseByFinding(
  tx: Tx,
  user: SessionUser,
  row: Case,
  to: Case["status"],
  problem: string,
): Promise<AuditEntry> {
  const { audit } = await applyTransition(tx, user.id, "REOPEN", row, to, `监督检查发现问题：${problem}`);
  return audit;
}
