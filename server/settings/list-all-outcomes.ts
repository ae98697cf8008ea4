import "server-only";

import { ISSUER_DEPARTMENT_CODE } from "@/lib/cases/policy-department";
import type { PolicyIssuer } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

/** Every outcome category with how many cases use it, for the office's settings page. */
export function listAllOutcomes() {
  return prisma.rectificationOutcome.findMany({
    orderBy: { displayOrder: "asc" },
    include: { _count: { select: { cases: true } } },
  });
}

/** Every policy basis with how many cases use it, for the office's settings page. */
export function listAllPolicyBases() {
  return prisma.policyBasis.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { cases: true } } },
  });
}

/** The name of the department each 政策依据 issuer's cases go to (区发改局, 区经信局), for the settings page. */
export async function issuerDepartmentNames(): Promise<Record<PolicyIssuer, string>> {
  const rows = await prisma.department.findMany({
    where: { code: { in: Object.values(ISSUER_DEPARTMENT_CODE) } },
    select: { code: true, name: true },
  });
  const name = (i: PolicyIssuer) => rows.find((r) => r.code === ISSUER_DEPARTMENT_CODE[i])?.name ?? "";
  return { NDRC_CATALOGUE: name("NDRC_CATALOGUE"), MIIT: name("MIIT") };
}
