"use server";
import { z } from "zod";

import { intId, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 区工强办 decides whether accepting an ELIMINATION case of the campaign needs an answered expert opinion. */
export const setExpertOpinionRequired = defineAction({
  name: "campaign.expertOpinionRequired",
  input: z.object({ campaignId: intId, version, required: z.boolean() }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, ...campaignScope(user) } });
    if (!campaign) throw notFound();
    await assertCampaignOpen(tx, campaign.id);
    return campaign;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await updateVersioned(tx.campaign, before.id, input.version, {
      expertOpinionRequired: input.required,
    });
    return {
      data: { version: after.version },
      audit: [
        {
          entity: "Campaign",
          entityId: before.id,
          before: { expertOpinionRequired: before.expertOpinionRequired },
          after: { expertOpinionRequired: after.expertOpinionRequired },
        },
      ],
    };
  },
  revalidate: () => ["/settings", "/review"],
});
