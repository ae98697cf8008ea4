"use server";
import { adjustInput } from "@/lib/assessment/input";
import { defineAction } from "@/server/action";
import { computeScores } from "@/server/assessment/get-assessment";
import { assertNotPublished } from "@/server/assessment/guards";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { ActionError, notFound } from "@/server/errors";
import { districtOf } from "@/server/scope";

/**
 * The office adjusts one indicator of one unit or department, with a reason (audited); 0 removes the adjustment.
 * Not after publishing, and not on an indicator that does not apply to the subject today (it is not counted: nothing to adjust).
 */
export const adjustAssessmentScore = defineAction({
  name: "assessment.adjust",
  input: adjustInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    const indicator = await tx.assessmentIndicator.findFirst({
      where: { id: input.indicatorId, campaignId: campaign.id, target: input.target },
    });
    if (!indicator) throw notFound();
    const subject =
      input.target === "UNIT"
        ? await tx.unit.findFirst({
            where: { id: input.subjectId, districtId: districtOf(user) },
            select: { id: true },
          })
        : await tx.department.findFirst({
            where: { id: input.subjectId, isOffice: false, districtId: districtOf(user) },
            select: { id: true },
          });
    if (!subject) throw notFound();
    await assertNotPublished(tx, campaign.id, input.target);
    if (input.points !== 0) {
      const { rows } = await computeScores(tx, campaign, input.target, new Date());
      const c = rows
        .find((r) => r.subjectId === input.subjectId)
        ?.breakdown.find((b) => b.indicatorId === indicator.id);
      if (c && c.points === null)
        throw new ActionError(
          "INVALID",
          `“${indicator.label}”对该${input.target === "UNIT" ? "单位" : "部门"}不适用（不计分），不能调整`,
        );
    }
    const before = await tx.assessmentAdjustment.findUnique({
      where: { indicatorId_subjectId: { indicatorId: indicator.id, subjectId: input.subjectId } },
    });
    return { indicator, before };
  },
  run: async ({ user, input, tx, resource: { indicator, before } }) => {
    const key = { indicatorId_subjectId: { indicatorId: indicator.id, subjectId: input.subjectId } };
    const after =
      input.points === 0
        ? before
          ? (await tx.assessmentAdjustment.delete({ where: key }), null)
          : null
        : await tx.assessmentAdjustment.upsert({
            where: key,
            create: {
              indicatorId: indicator.id,
              subjectId: input.subjectId,
              points: input.points,
              reason: input.reason,
              createdById: user.id,
            },
            update: { points: input.points, reason: input.reason, createdById: user.id },
          });
    return {
      data: { points: input.points },
      audit: [
        {
          entity: "AssessmentAdjustment",
          entityId: `${indicator.id}:${input.subjectId}`,
          before,
          after: after ?? { removed: true, reason: input.reason },
        },
      ],
    };
  },
  revalidate: () => ["/assessment"],
});
