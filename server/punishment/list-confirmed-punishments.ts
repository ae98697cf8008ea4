import "server-only";

import type { PunishmentRow } from "@/lib/punishment/joint-punishment";
import { prisma } from "@/server/db";
import { punishmentCaseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** The confirmed 联合惩戒 list of a campaign, for the export (empty for anyone but the office). */
export async function listConfirmedPunishments(user: SessionUser, campaignId: number): Promise<PunishmentRow[]> {
  const rows = await prisma.jointPunishmentEntry.findMany({
    where: { case: { AND: [punishmentCaseScope(user), { campaignId }] } },
    orderBy: [{ case: { unit: { displayOrder: "asc" } } }, { case: { enterprise: { name: "asc" } } }],
    select: {
      reason: true,
      confirmedAt: true,
      case: {
        select: {
          status: true,
          unit: { select: { name: true } },
          enterprise: { select: { name: true, creditCode: true } },
          deadlineSnapshots: { where: { campaignId }, select: { status: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    enterprise: r.case.enterprise.name,
    creditCode: r.case.enterprise.creditCode,
    unit: r.case.unit.name,
    statusAtDeadline: r.case.deadlineSnapshots[0]?.status ?? r.case.status,
    reason: r.reason,
    confirmedAt: r.confirmedAt,
  }));
}
