import "server-only";

import { publicTipStatusLabel } from "@/lib/labels";
import { TIP_REFERENCE } from "@/lib/tips/workflow";
import { prisma } from "@/server/db";

/** What a reporter may learn with their reference number: the status and its date — nothing about assignees or findings. */
export async function lookupTip(reference: string) {
  const ref = reference.trim().toUpperCase();
  if (!TIP_REFERENCE.test(ref)) return null;
  const tip = await prisma.tip.findUnique({
    where: { reference: ref },
    select: { reference: true, status: true, createdAt: true, assignedAt: true, verifiedAt: true, closedAt: true },
  });
  if (!tip) return null;
  const since = { RECEIVED: tip.createdAt, ASSIGNED: tip.assignedAt, VERIFIED: tip.verifiedAt, CLOSED: tip.closedAt }[
    tip.status
  ];
  return { reference: tip.reference, status: publicTipStatusLabel[tip.status], receivedAt: tip.createdAt, since };
}
