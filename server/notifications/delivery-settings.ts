import "server-only";

import type { DeliverySetting } from "@/lib/generated/prisma/client";
import { maskedWebhookUrl } from "@/lib/notices/delivery";
import { prisma, type Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { districtOf, userAdminScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A setting as the audit log and the pages show it: the robot's secret never, its token masked. */
export function auditedSetting(s: DeliverySetting) {
  return {
    userId: s.userId,
    unitId: s.unitId,
    email: s.email,
    webhookUrl: s.webhookUrl ? maskedWebhookUrl(s.webhookUrl) : null,
    webhookSigned: !!s.webhookSecret,
    webhookKeyword: s.webhookKeyword,
    mode: s.mode,
    categories: s.categories,
    version: s.version,
  };
}

/** The user or unit a setting is saved for, and its setting so far (null: none yet); not found = notFound(). */
export async function loadDeliveryOwnerForChange(
  tx: Tx,
  admin: SessionUser,
  owner: { userId?: string; unitId?: number | null },
) {
  if (owner.userId) {
    const user = await tx.user.findFirst({
      where: { id: owner.userId, ...userAdminScope(admin) },
      select: { id: true, deliverySetting: true },
    });
    if (!user) throw notFound();
    return { owner: { userId: user.id }, setting: user.deliverySetting };
  }
  const unit = owner.unitId
    ? await tx.unit.findFirst({
        where: { id: owner.unitId, districtId: districtOf(admin) },
        select: { id: true, deliverySetting: true },
      })
    : null;
  if (!unit) throw notFound();
  return { owner: { unitId: unit.id }, setting: unit.deliverySetting };
}

/** What the settings forms of 用户管理 show: every setting by user and by unit (secrets left out). */
export async function deliverySettingsByOwner(admin: SessionUser) {
  // The district's own accounts' and units' settings only (docs/domain.md §市级).
  const rows = await prisma.deliverySetting.findMany({
    where: { OR: [{ user: userAdminScope(admin) }, { unit: { districtId: districtOf(admin) } }] },
  });
  const view = (s: DeliverySetting) => ({
    version: s.version,
    email: s.email,
    webhookUrl: s.webhookUrl,
    webhookSigned: !!s.webhookSecret,
    webhookKeyword: s.webhookKeyword,
    mode: s.mode,
    categories: s.categories,
  });
  return {
    byUser: new Map(rows.flatMap((s) => (s.userId ? [[s.userId, view(s)] as const] : []))),
    byUnit: new Map(rows.flatMap((s) => (s.unitId ? [[s.unitId, view(s)] as const] : []))),
  };
}
export type DeliverySettingView = NonNullable<
  ReturnType<Awaited<ReturnType<typeof deliverySettingsByOwner>>["byUser"]["get"]>
>;
