import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { decideTip, type TipAction } from "@/lib/tips/workflow";
import type { Tx } from "@/server/db";
import { ActionError, conflict, notFound } from "@/server/errors";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { updateVersioned } from "@/server/versioned-update";

/** The tip for a mutation, loaded in the user's scope inside the transaction, checked for staleness and the rule. */
export async function authorizeTipChange(tx: Tx, user: SessionUser, tipId: string, version: number, action: TipAction) {
  const row = await tx.tip.findFirst({ where: { AND: [{ id: tipId }, tipScope(user)] } });
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  const decision = decideTip(action, user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return { row, to: decision.to };
}

/** Writes a tip change only if nobody changed it meanwhile. */
export async function updateTip(
  tx: Tx,
  row: { id: string; version: number },
  data: Prisma.TipUncheckedUpdateManyInput,
) {
  return updateVersioned(tx.tip, row.id, row.version, data);
}
