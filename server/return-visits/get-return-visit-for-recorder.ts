import "server-only";

import { decideRecordReturnVisit } from "@/lib/return-visits/rules";
import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/**
 * A 回访 task the caller may still record (the office, or a department in whose remit the case lies —
 * lib/return-visits/rules.ts), loaded in scope inside the transaction.
 */
export async function getReturnVisitForRecorder(tx: Tx, user: SessionUser, id: string) {
  const task = await tx.returnVisit.findFirst({
    where: { AND: [{ id }, returnVisitScope(user)] },
    include: { case: { include: { enterprise: { select: { name: true } } } }, _count: { select: { photos: true } } },
  });
  if (!task) throw notFound();
  const may = decideRecordReturnVisit(user, task.case, task.result !== null);
  if (!may.ok) throw new ActionError("FORBIDDEN", may.reason);
  const { case: c, _count, ...rest } = task;
  const { enterprise, ...caseRow } = c;
  return { ...rest, case: caseRow, enterpriseName: enterprise.name, photos: _count.photos };
}
