"use server";
import { z } from "zod";

import { calendarDate, intId, intInRange, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 区工强办 sets the campaign's deadline and the "slow unit" threshold (configurable, docs/domain.md §督办). */
export const updateCampaign = defineAction({
  name: "campaign.update",
  input: z.object({
    campaignId: intId,
    version,
    deadline: calendarDate("完成时限"),
    lagThresholdPoints: intInRange(0, 100),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, ...campaignScope(user) } });
    if (!campaign) throw notFound();
    await assertCampaignOpen(tx, campaign.id);
    if (input.deadline <= campaign.startDate) throw new ActionError("INVALID", "完成时限须晚于年度开始日期");
    return campaign;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await updateVersioned(tx.campaign, before.id, input.version, {
      deadline: input.deadline,
      lagThresholdPoints: input.lagThresholdPoints,
    });
    return { data: null, audit: [{ entity: "Campaign", entityId: before.id, before, after }] };
  },
  revalidate: () => ["/settings", "/dashboard", "/tasks"],
});
