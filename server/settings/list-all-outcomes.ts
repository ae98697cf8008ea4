import "server-only";

import { ISSUER_DEPARTMENT_CODE } from "@/lib/cases/policy-department";
import type { PolicyIssuer } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

/** The district's every outcome category with how many cases use it, for the office's settings page. */
export function listAllOutcomes(districtId: number) {
  return prisma.rectificationOutcome.findMany({
    where: { districtId },
    orderBy: { displayOrder: "asc" },
    include: { _count: { select: { cases: true } } },
  });
}

/** The district's every policy basis with how many cases use it, for the office's settings page. */
export function listAllPolicyBases(districtId: number) {
  return prisma.policyBasis.findMany({
    where: { districtId },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { cases: true } } },
  });
}

/** The name of the department each 政策依据 issuer's cases go to (区发改局, 区经信局), for the settings page. */
export async function issuerDepartmentNames(districtId: number): Promise<Record<PolicyIssuer, string>> {
  const rows = await prisma.department.findMany({
    where: { districtId, code: { in: Object.values(ISSUER_DEPARTMENT_CODE) } },
    select: { code: true, name: true },
  });
  const name = (i: PolicyIssuer) => rows.find((r) => r.code === ISSUER_DEPARTMENT_CODE[i])?.name ?? "";
  return { NDRC_CATALOGUE: name("NDRC_CATALOGUE"), MIIT: name("MIIT") };
}
