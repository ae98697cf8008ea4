"use server";
import { withdrawInput } from "@/lib/assessment/input";
import { targetLabel } from "@/lib/labels";
import { defineAction } from "@/server/action";
import { notifyAssessed } from "@/server/assessment/notify-assessed";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { ActionError } from "@/server/errors";
import { districtOf } from "@/server/scope";

/**
 * 撤回发布: the office takes back a publication (a wrong scheme or adjustment found afterwards), with
 * the reason. The scores return to the draft, editable again and publishable anew; the withdrawn
 * publication — scheme, day and every frozen row — is kept in the audit log with the reason. Those
 * assessed and the leaders are told why.
 */
export const withdrawAssessment = defineAction({
  name: "assessment.withdraw",
  input: withdrawInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    // The same row lock as publishing and editing (guards.ts), taken exclusively: nothing publishes or edits meanwhile.
    await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${campaign.id} FOR UPDATE`;
    const publication = await tx.assessmentPublication.findUnique({
      where: { campaignId_target: { campaignId: campaign.id, target: input.target } },
      include: { scores: { orderBy: { rank: "asc" } } },
    });
    if (!publication) throw new ActionError("INVALID", "考核结果尚未发布，无需撤回");
    return { publication, year: campaign.year };
  },
  run: async ({ user, input, tx, resource: { publication, year } }) => {
    await tx.assessmentScore.deleteMany({ where: { publicationId: publication.id } });
    await tx.assessmentPublication.delete({ where: { id: publication.id } });
    await notifyAssessed(
      tx,
      districtOf(user),
      input.target,
      `${year}年度考核结果已撤回（${targetLabel[input.target]}），原因：${input.reason}`,
    );
    return {
      data: { id: publication.id },
      audit: [
        {
          entity: "AssessmentPublication",
          entityId: publication.id,
          before: publication,
          after: { withdrawn: true, reason: input.reason },
        },
      ],
    };
  },
  revalidate: () => ["/assessment"],
});
