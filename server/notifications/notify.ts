import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/server/db";

/** Adds a notification (the bell) for every active user matching `recipients`, in the caller's transaction. */
export async function notify(tx: Tx, recipients: Prisma.UserWhereInput, text: string, href: string) {
  const users = await tx.user.findMany({ where: { AND: [recipients, { active: true }] }, select: { id: true } });
  if (users.length) await tx.notification.createMany({ data: users.map((u) => ({ recipientId: u.id, text, href })) });
}
