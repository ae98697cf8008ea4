import "server-only";

import type { z } from "zod";

import { decideOutsideTarget } from "@/lib/campaigns/annex";
import { normaliseForCategory, type registerCaseInput } from "@/lib/cases/case-input";
import { registrationRefusal, takesOver } from "@/lib/cases/enterprise-ownership";
import { categoryLabel } from "@/lib/labels";
import { normaliseLicence } from "@/lib/licences/handoff";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { checkPolicyBasis, policyDepartmentFromBasis } from "@/server/cases/check-policy-basis";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

export type RegistrationInput = z.output<typeof registerCaseInput>;

/** The checks for registering an enterprise and its case for the officer's own unit (registerCase, a verified tip). */
export async function checkRegistration(tx: Tx, user: SessionUser, input: RegistrationInput) {
  const campaign = await getCurrentCampaign(user, tx);
  if (user.unitId === null) throw new ActionError("FORBIDDEN", "您的账号未关联单位，不能登记整治对象");
  await assertCampaignOpen(tx, campaign.id);
  const outcome =
    input.category === "RECTIFICATION" && input.outcomeId !== null
      ? await tx.rectificationOutcome.findFirst({
          where: { id: input.outcomeId, districtId: districtOf(user), active: true },
        })
      : null;
  if (input.outcomeId !== null && input.category === "RECTIFICATION" && !outcome) {
    throw new ActionError("INVALID", "整治结果类别无效");
  }
  if (input.category === "ELIMINATION") await checkPolicyBasis(tx, districtOf(user), input.policyBasisId);
  // An enterprise with this credit code may already be in the ledger.
  const existing = input.creditCode
    ? await tx.enterprise.findUnique({
        where: { creditCode: input.creditCode },
        include: { cases: { where: { campaignId: campaign.id } }, unit: { select: { name: true, districtId: true } } },
      })
    : null;
  // Credit codes are unique city-wide; another district's enterprise is never named nor taken over here (docs/domain.md §市级).
  if (existing && existing.unit.districtId !== campaign.districtId)
    throw new ActionError("CONFLICT", "该统一社会信用代码的企业已在其他区县（市）登记；企业跨区县迁移由市工强办决定");
  const refusal = registrationRefusal(
    existing && { ...existing, unitName: existing.unit.name, categories: existing.cases.map((c) => c.category) },
    user.unitId,
    input.category,
  );
  if (refusal) throw new ActionError("CONFLICT", refusal);
  // 目标外: the unit's annex cell in this category is "/" — registered only once the officer confirms it.
  const quota = await tx.quota.findUnique({
    where: { campaignId_unitId_category: { campaignId: campaign.id, unitId: user.unitId, category: input.category } },
    select: { target: true },
  });
  const target = decideOutsideTarget(quota?.target, input.confirmOutsideTarget, categoryLabel[input.category]);
  if (!target.ok) throw new ActionError("CONFLICT", target.reason);
  return { campaign, unitId: user.unitId, existing, outsideTarget: target.outsideTarget };
}

/** Creates the enterprise (unless already in the ledger) and its case; returns them with the audit entries. */
export async function createCaseRecords(
  tx: Tx,
  user: SessionUser,
  input: RegistrationInput,
  { campaign, unitId, existing, outsideTarget }: Awaited<ReturnType<typeof checkRegistration>>,
) {
  const fields = enterpriseData(input, unitId);
  const takeOver = takesOver(existing);
  const enterprise = !existing
    ? await tx.enterprise.create({ data: fields })
    : takeOver
      ? await tx.enterprise.update({ where: { id: existing.id }, data: { ...fields, proposedByDepartmentId: null } })
      : existing;
  const created = await tx.case.create({
    data: {
      ...caseData(input, { campaignId: campaign.id, enterpriseId: enterprise.id, unitId, createdById: user.id }),
      // T9: the basis's issuer decides the 产业政策 reviewer (lib/cases/policy-department.ts).
      policyDepartmentId:
        input.category === "ELIMINATION"
          ? await policyDepartmentFromBasis(tx, campaign.districtId, input.policyBasisId)
          : null,
      outsideTarget,
    },
  });
  return {
    enterprise,
    created,
    audit: [
      ...(existing && !takeOver
        ? []
        : [
            {
              entity: "Enterprise",
              entityId: enterprise.id,
              before: takeOver ? withoutCases(existing) : null,
              after: enterprise,
            },
          ]),
      { entity: "Case", entityId: created.id, before: null, after: created },
    ],
  };
}

/** The enterprise's columns from a registration (also the ledger import's). */
export function enterpriseData(input: RegistrationInput, unitId: number) {
  return {
    name: input.enterpriseName,
    creditCode: input.creditCode,
    unitId,
    industry: input.industry,
    address: input.address ?? "",
    contactName: input.contactName ?? "",
    contactPhone: input.contactPhone ?? "",
    ...(input.productionLicence ? { productionLicence: normaliseLicence(input.productionLicence) } : {}),
  };
}

/** The new case's columns from a registration (also the ledger import's). */
export function caseData(
  input: RegistrationInput,
  ids: { campaignId: number; enterpriseId: string; unitId: number; createdById: string },
) {
  const details = normaliseForCategory(input.category, input);
  return {
    ...ids,
    category: input.category,
    dimensions: details.dimensions,
    deadline: details.deadline,
    disposalPath: details.disposalPath,
    outcomeId: details.outcomeId,
    commitmentText: details.commitmentText,
    commitmentPublishedIn: details.commitmentPublishedIn,
    commitmentDate: details.commitmentDate,
    policyBasisId: details.policyBasisId,
    policyBasisOther: details.policyBasisOther,
    wholeExit: details.wholeExit,
  };
}

const withoutCases = <T extends { cases: unknown; unit: unknown }>({ cases: _cases, unit: _unit, ...record }: T) =>
  record;
