import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
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
export async function listEquipment(user: SessionUser, campaignId: number, cases: EquipmentListCases, unitId?: number) {
  const scope = equipmentListScope(user, unitId);
  if (!scope) return null;
  const where: Prisma.CaseWhereInput = {
    AND: [scope, { campaignId, category: "ELIMINATION" }, cases === "accepted" ? { status: "ACCEPTED" } : {}],
  };
  return findEquipmentOfCases(where);
}

/** The equipment of the cases `where` picks, in the list's order, with their case and proving file (the list and the evidence ZIP). */
export function findEquipmentOfCases(where: Prisma.CaseWhereInput) {
  return prisma.caseEquipment.findMany({
    where: { case: where },
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
