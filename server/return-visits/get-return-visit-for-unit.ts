import "server-only";

import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A 回访 task the caller's unit still has to record, loaded in scope inside the transaction. */
export async function getReturnVisitForUnit(tx: Tx, user: SessionUser, id: string) {
  const task = await tx.returnVisit.findFirst({
    where: { AND: [{ id }, returnVisitScope(user)] },
    include: { case: { include: { enterprise: { select: { name: true } } } }, _count: { select: { photos: true } } },
  });
  if (!task) throw notFound();
  if (user.role !== "TOWNSHIP" || task.unitId !== user.unitId)
    throw new ActionError("FORBIDDEN", "只有本单位可以录入回访结果");
  if (task.result !== null) throw new ActionError("FORBIDDEN", "该回访已录入，不能修改");
  const { case: c, _count, ...rest } = task;
  const { enterprise, ...caseRow } = c;
  return { ...rest, case: caseRow, enterpriseName: enterprise.name, photos: _count.photos };
}
