import type { PrismaClient } from "../lib/generated/prisma/client";
import { RECTIFICATION_OUTCOMES } from "./seed-data";
import { SEEDED_POLICY_BASES } from "./seed-policy-bases";

/**
 * 工作设置's two lists of a district (整治结果类别, 政策依据), from the reference data; kept as the office edits them.
 * T9: each basis's issuer decides 区发改局 or 区经信局 (lib/cases/policy-department.ts).
 */
export async function seedSettingsLists(
  prisma: Pick<PrismaClient, "rectificationOutcome" | "policyBasis">,
  districtId: number,
) {
  for (const [i, name] of RECTIFICATION_OUTCOMES.entries()) {
    await prisma.rectificationOutcome.upsert({
      where: { districtId_name: { districtId, name } },
      create: { name, displayOrder: i + 1, districtId },
      update: {},
    });
  }
  for (const [i, { name, issuer }] of SEEDED_POLICY_BASES.entries()) {
    await prisma.policyBasis.upsert({
      where: { districtId_name: { districtId, name } },
      create: { name, issuer, displayOrder: i + 1, districtId },
      update: {},
    });
  }
}
