import "server-only";
import type { z } from "zod";
import { normaliseForCategory, type registerCaseInput } from "@/lib/cases/case-input";
import { categoryLabel } from "@/lib/labels";
import type { Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import type { SessionUser } from "@/server/session";
import { checkPolicyBasis } from "@/server/cases/check-policy-basis";

export type RegistrationInput = z.output<typeof registerCaseInput>;

/** The checks for registering an enterprise and its case for the officer's own unit (registerCase, a verified tip). */
export async function checkRegistration(tx: Tx, user: SessionUser, input: RegistrationInput) {
  const campaign = await tx.campaign.findFirst({ orderBy: { year: "desc" } });
  if (!campaign || user.unitId === null) throw new ActionError("FORBIDDEN", "您的账号未关联单位，不能登记案件");
  const outcome = input.category === "RECTIFICATION" && input.outcomeId !== null
    ? await tx.rectificationOutcome.findFirst({ where: { id: input.outcomeId, active: true } })
    : null;
  if (input.outcomeId !== null && input.category === "RECTIFICATION" && !outcome) {
    throw new ActionError("INVALID", "整治结果类别无效");
  }
  if (input.category === "ELIMINATION") await checkPolicyBasis(tx, input.policyBasisId);
  // An enterprise with this credit code may already be in the ledger.
  const existing = input.creditCode
    ? await tx.enterprise.findUnique({ where: { creditCode: input.creditCode }, include: { cases: { where: { campaignId: campaign.id } } } })
    : null;
  // A record a department proposed on a task line does not block the township: it takes it over.
  if (existing && existing.unitId !== user.unitId && existing.proposedByDepartmentId === null) {
    throw new ActionError("CONFLICT", "该统一社会信用代码已由其他单位登记，请联系区工强办核实属地");
  }
  const sameCategory = existing?.cases.find((c) => c.category === input.category);
  if (sameCategory) {
    throw new ActionError("CONFLICT", `该企业本年度已登记“${categoryLabel[input.category]}”案件，不能重复登记`);
  }
  return { campaign, unitId: user.unitId, existing };
}

/** Creates the enterprise (unless already in the ledger) and its case; returns them with the audit entries. */
export async function createCaseRecords(
  tx: Tx,
  user: SessionUser,
  input: RegistrationInput,
  { campaign, unitId, existing }: Awaited<ReturnType<typeof checkRegistration>>,
) {
  const fields = {
    name: input.enterpriseName, creditCode: input.creditCode, unitId, industry: input.industry,
    address: input.address ?? "", contactName: input.contactName ?? "", contactPhone: input.contactPhone ?? "",
  };
  const takeOver = existing !== null && existing.proposedByDepartmentId !== null;
  const enterprise = !existing
    ? await tx.enterprise.create({ data: fields })
    : takeOver
      ? await tx.enterprise.update({ where: { id: existing.id }, data: { ...fields, proposedByDepartmentId: null } })
      : existing;
  const details = normaliseForCategory(input.category, input);
  const created = await tx.case.create({
    data: {
      campaignId: campaign.id, enterpriseId: enterprise.id, unitId, category: input.category, createdById: user.id,
      dimensions: details.dimensions, deadline: details.deadline, disposalPath: details.disposalPath, outcomeId: details.outcomeId,
      commitmentText: details.commitmentText, commitmentPublishedIn: details.commitmentPublishedIn, commitmentDate: details.commitmentDate,
      policyBasisId: details.policyBasisId, policyBasisOther: details.policyBasisOther,
    },
  });
  return {
    enterprise,
    created,
    audit: [
      ...(existing && !takeOver ? [] : [{ entity: "Enterprise", entityId: enterprise.id, before: takeOver ? withoutCases(existing) : null, after: enterprise }]),
      { entity: "Case", entityId: created.id, before: null, after: created },
    ],
  };
}

const withoutCases = <T extends { cases: unknown }>({ cases: _cases, ...record }: T) => record;
