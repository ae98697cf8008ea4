import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoticeCategory } from "@/lib/generated/prisma/enums";
import { noticeCategory, plannedDeliveries } from "@/lib/notices/delivery";
import type { Tx } from "@/server/db";

const TARGETS = { id: true, email: true, webhookUrl: true, mode: true, categories: true } as const;

/**
 * Adds a notification (the bell) for every active user matching `recipients`, in the caller's
 * transaction — and, in the same transaction, the e-mails and robot messages their own settings and
 * their units' settings ask for (the outbox the job runner sends: server/notifications/deliver.ts), so
 * no page waits for a mail server and no notice is lost when one is down.
 * Always within one district (docs/domain.md §市级): `{ role: "OFFICE" }` is that district's office, never another's.
 */
export async function notify(
  tx: Tx,
  districtId: number,
  recipients: Prisma.UserWhereInput,
  text: string,
  href: string,
  category: NoticeCategory = noticeCategory(href),
) {
  const users = await tx.user.findMany({
    where: { AND: [recipients, { active: true, districtId }] },
    select: { id: true, unitId: true, deliverySetting: { select: TARGETS } },
  });
  if (!users.length) return;
  const notifications = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({ recipientId: u.id, text, href })),
    select: { id: true, recipientId: true },
  });
  const unitIds = [...new Set(users.flatMap((u) => (u.unitId === null ? [] : [u.unitId])))];
  const unitSettings = unitIds.length
    ? await tx.deliverySetting.findMany({ where: { unitId: { in: unitIds } }, select: TARGETS })
    : [];
  const userSettings = users.flatMap((u) => (u.deliverySetting ? [u.deliverySetting] : []));
  const planned = plannedDeliveries(category, [...userSettings, ...unitSettings]);
  if (!planned.length) return;
  // The link from a message to "its" notice: the recipient's own one for a personal setting, else the first.
  const ownerOf = new Map(users.flatMap((u) => (u.deliverySetting ? [[u.deliverySetting.id, u.id] as const] : [])));
  const notificationOf = new Map(notifications.map((n) => [n.recipientId, n.id]));
  await tx.notificationDelivery.createMany({
    data: planned.map((p) => ({
      ...p,
      notificationId: notificationOf.get(ownerOf.get(p.settingId) ?? "") ?? notifications[0].id,
      category,
      text,
      href,
    })),
  });
}
