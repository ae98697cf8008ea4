"use server";
import { adjustInput } from "@/lib/assessment/input";
import { defineAction } from "@/server/action";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { assertNotPublished } from "@/server/assessment/guards";
import { notFound } from "@/server/errors";

/** The office adjusts one indicator of one unit or department, with a reason (audited); 0 removes the adjustment. Not after publishing. */
export const adjustAssessmentScore = defineAction({
  name: "assessment.adjust",
  input: adjustInput,
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    const campaign = await getCurrentCampaign(tx);
    const indicator = await tx.assessmentIndicator.findFirst({ where: { id: input.indicatorId, campaignId: campaign.id, target: input.target } });
    if (!indicator) throw notFound();
    const subject = input.target === "UNIT"
      ? await tx.unit.findUnique({ where: { id: input.subjectId }, select: { id: true } })
      : await tx.department.findFirst({ where: { id: input.subjectId, isOffice: false }, select: { id: true } });
    if (!subject) throw notFound();
    await assertNotPublished(tx, campaign.id, input.target);
    const before = await tx.assessmentAdjustment.findUnique({ where: { indicatorId_subjectId: { indicatorId: indicator.id, subjectId: input.subjectId } } });
    return { indicator, before };
  },
  run: async ({ user, input, tx, resource: { indicator, before } }) => {
    const key = { indicatorId_subjectId: { indicatorId: indicator.id, subjectId: input.subjectId } };
    const after = input.points === 0
      ? (before ? (await tx.assessmentAdjustment.delete({ where: key }), null) : null)
      : await tx.assessmentAdjustment.upsert({
        where: key,
        create: { indicatorId: indicator.id, subjectId: input.subjectId, points: input.points, reason: input.reason, createdById: user.id },
        update: { points: input.points, reason: input.reason, createdById: user.id },
      });
    return {
      data: { points: input.points },
      audit: [{ entity: "AssessmentAdjustment", entityId: `${indicator.id}:${input.subjectId}`, before, after: after ?? { removed: true, reason: input.reason } }],
    };
  },
  revalidate: () => ["/assessment"],
});
