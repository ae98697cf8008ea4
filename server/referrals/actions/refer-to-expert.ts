"use server";
import { z } from "zod";

import { cuid, text } from "@/lib/fields";
import { mayBeReferredTo, mayReferCase, mayReferFinding } from "@/lib/referrals/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { referralHref, referralSubject } from "@/server/referrals/load-for-change";
import { findingScope, userAdminScope } from "@/server/scope";
import { districtOf } from "@/server/scope";
import type { SessionUser } from "@/server/session";

const input = z
  .object({
    caseId: cuid.optional(),
    findingId: cuid.optional(),
    expertId: cuid,
    question: text("咨询的问题", 1000, 5),
  })
  .refine((i) => Boolean(i.caseId) !== Boolean(i.findingId), "请指定一个整治对象或一个检查问题");

async function subjectOf(tx: Tx, user: SessionUser, i: z.output<typeof input>) {
  if (i.caseId) {
    const c = await loadCaseForChange(tx, user, i.caseId);
    const decision = mayReferCase(user, c);
    if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    return { campaignId: c.campaignId, caseId: c.id, findingId: null, unitId: c.unitId };
  }
  const f = await tx.inspectionFinding.findFirst({
    where: { AND: [{ id: i.findingId! }, findingScope(user)] },
    include: { round: { select: { campaignId: true, departments: { select: { departmentId: true } } } } },
  });
  if (!f) throw notFound();
  await assertCampaignOpen(tx, f.round.campaignId);
  const decision = mayReferFinding(user, {
    status: f.status,
    departmentId: f.departmentId,
    roundDepartmentIds: f.round.departments.map((d) => d.departmentId),
  });
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return { campaignId: f.round.campaignId, caseId: null, findingId: f.id, unitId: f.unitId };
}

/**
 * 区工强办, or a lead department for a case in its remit (or a finding of a round it takes part in),
 * asks an active expert a question; the expert is notified.
 */
export const referToExpert = defineAction({
  name: "referral.create",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const subject = await subjectOf(tx, user, input);
    const expert = await tx.user.findFirst({
      where: { id: input.expertId, ...userAdminScope(user) },
      select: { id: true, role: true, active: true },
    });
    const chosen = expert ? mayBeReferredTo(expert) : mayBeReferredTo({ role: "OFFICE", active: false });
    if (!chosen.ok) throw new ActionError("INVALID", chosen.reason);
    return subject;
  },
  run: async ({ user, input, tx, resource: s }) => {
    const referral = await tx.expertReferral.create({
      data: {
        campaignId: s.campaignId,
        caseId: s.caseId,
        findingId: s.findingId,
        unitId: s.unitId,
        expertId: input.expertId,
        question: input.question,
        referredById: user.id,
        departmentId: user.role === "DEPARTMENT" ? user.departmentId : null,
      },
      include: { case: { select: { enterprise: { select: { name: true } } } }, unit: { select: { name: true } } },
    });
    await notify(
      tx,
      districtOf(user),
      { id: input.expertId },
      `收到专家咨询：${referralSubject(referral)}`,
      referralHref(referral.id),
    );
    const { case: _c, unit: _u, ...after } = referral;
    return {
      data: { id: referral.id },
      audit: [{ entity: "ExpertReferral", entityId: referral.id, before: null, after }],
    };
  },
  revalidate: (i) => ["/referrals", ...(i.caseId ? [`/cases/${i.caseId}`] : [])],
});
