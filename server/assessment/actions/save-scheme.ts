"use server";
import { schemeInput } from "@/lib/assessment/scheme";
import { defineAction } from "@/server/action";
import { schemeOf } from "@/server/assessment/get-assessment";
import { assertNotPublished } from "@/server/assessment/guards";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";

/** The office sets the year's scheme for units or departments (indicators, points, parameters); not after publishing. */
export const saveAssessmentScheme = defineAction({
  name: "assessment.saveScheme",
  input: schemeInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    await assertNotPublished(tx, campaign.id, input.target);
    return { campaign, before: await schemeOf(tx, campaign.id, input.target) };
  },
  run: async ({ input, tx, resource: { campaign, before } }) => {
    const kept = new Set(input.indicators.map((i) => i.rule));
    const removed = before.filter((b) => !kept.has(b.rule)).map((b) => b.id);
    if (removed.length) {
      await tx.assessmentAdjustment.deleteMany({ where: { indicatorId: { in: removed } } });
      await tx.assessmentIndicator.deleteMany({ where: { id: { in: removed } } });
    }
    for (const [i, ind] of input.indicators.entries()) {
      const data = { label: ind.label, maxPoints: ind.maxPoints, params: ind.params, displayOrder: i + 1 };
      await tx.assessmentIndicator.upsert({
        where: { campaignId_target_rule: { campaignId: campaign.id, target: input.target, rule: ind.rule } },
        create: { campaignId: campaign.id, target: input.target, rule: ind.rule, ...data },
        update: { ...data, version: { increment: 1 } },
      });
    }
    const after = await schemeOf(tx, campaign.id, input.target);
    return {
      data: { count: after.length },
      audit: [{ entity: "AssessmentScheme", entityId: `${campaign.id}:${input.target}`, before, after }],
    };
  },
  revalidate: () => ["/assessment"],
});
