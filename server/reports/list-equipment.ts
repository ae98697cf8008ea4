import "server-only";

import { statusAt } from "@/lib/dashboard/history";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseHistorySelect } from "@/server/cases/cases-as-of";
import { prisma } from "@/server/db";
import { equipmentListScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** Which cases' equipment the list holds: those accepted (the year's eliminations, default) or every elimination. */
export type EquipmentListCases = "accepted" | "all";

export function equipmentListCasesOf(raw: string | null): EquipmentListCases {
  return raw === "all" ? "all" : "accepted";
}

/**
 * 淘汰设备清单 of a campaign: every item of the ELIMINATION cases in the user's reach (optionally one
 * unit), with its case, unit, enterprise and proving file; by unit, enterprise, case and the list's order.
 * Null when the user may not read it (another unit, a role outside the reports).
 */
export async function listEquipment(
  user: SessionUser,
  campaignId: number,
  cases: EquipmentListCases,
  unitId?: number,
  at?: Date,
) {
  const scope = equipmentListScope(user, unitId);
  if (!scope) return null;
  if (at && at.getTime() < Date.now()) return equipmentAsOf(scope, campaignId, cases, at);
  const where: Prisma.CaseWhereInput = {
    AND: [scope, { campaignId, category: "ELIMINATION" }, cases === "accepted" ? { status: "ACCEPTED" } : {}],
  };
  return findEquipmentOfCases(where);
}

/**
 * The list as of the past moment `at` (统计截至, lib/dashboard/history statusAt — the dashboard's rule): the
 * eliminations registered by then (accepted then, by default), each row with its case's state then, and the
 * items listed by then (as they read now: an item's later edits are not kept apart).
 */
async function equipmentAsOf(scope: Prisma.CaseWhereInput, campaignId: number, cases: EquipmentListCases, at: Date) {
  const candidates = await prisma.case.findMany({
    where: { AND: [scope, { campaignId, category: "ELIMINATION", createdAt: { lte: at } }] },
    select: caseHistorySelect(at),
  });
  const then = new Map<string, NonNullable<ReturnType<typeof statusAt>>>();
  for (const c of candidates) {
    const state = statusAt(c, at);
    if (state && (cases === "all" || state.status === "ACCEPTED")) then.set(c.id, state);
  }
  const rows = await findEquipmentOfCases({ id: { in: [...then.keys()] } }, { createdAt: { lte: at } });
  return rows.map((r) => ({ ...r, case: { ...r.case, ...then.get(r.case.id)! } }));
}

/** The equipment of the cases `where` picks, in the list's order, with their case and proving file (the list and the evidence ZIP). */
export function findEquipmentOfCases(where: Prisma.CaseWhereInput, items: Prisma.CaseEquipmentWhereInput = {}) {
  return prisma.caseEquipment.findMany({
    where: { AND: [{ case: where }, items] },
    orderBy: [
      { case: { unit: { displayOrder: "asc" } } },
      { case: { enterprise: { name: "asc" } } },
      { caseId: "asc" },
      { displayOrder: "asc" },
      { createdAt: "asc" },
    ],
    select: {
      name: true,
      model: true,
      quantity: true,
      capacity: true,
      capacityUnit: true,
      disposition: true,
      destination: true,
      evidence: { select: { kind: true, originalName: true, deletedAt: true, storageKey: true } },
      case: {
        select: {
          id: true,
          status: true,
          disposalPath: true,
          acceptedAt: true,
          unit: { select: { name: true } },
          enterprise: { select: { name: true, creditCode: true } },
        },
      },
    },
  });
}
