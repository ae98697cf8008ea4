import "server-only";

import { assertCaseOpen } from "@/server/campaigns/assert-campaign-open";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { caseWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The case row for a mutation, loaded inside the transaction and within the user's scope. */
export async function loadCaseForChange(tx: Tx, user: SessionUser, caseId: string) {
  const row = await tx.case.findFirst({ where: { AND: [{ id: caseId }, caseWriteScope(user)] } });
  if (!row) throw notFound();
  await assertCaseOpen(tx, row);
  return row;
}
