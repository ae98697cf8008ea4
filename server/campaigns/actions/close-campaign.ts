"use server";
import { z } from "zod";

import { closeBlockers } from "@/lib/campaigns/rules";
import { intId, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { countUndecidedCases } from "@/server/campaigns/list-open-cases";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * 关闭年度: freezes the campaign — afterwards nothing in it changes (assertCampaignOpen) and its figures
 * stay as computed from the frozen rows. Refused while it is the current year or a case not accepted is undecided.
 */
export const closeCampaign = defineAction({
  name: "campaign.close",
  input: z.object({ campaignId: intId, version }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    // Locks the row: a mutation of the campaign running now finishes first (it holds a shared lock).
    const [locked] = await tx.$queryRaw<
      { id: number }[]
    >`SELECT id FROM "Campaign" WHERE id = ${input.campaignId} FOR UPDATE`;
    const campaign = locked ? await tx.campaign.findFirst({ where: { id: locked.id, ...campaignScope(user) } }) : null;
    if (!campaign) throw notFound();
    const blockers = closeBlockers(campaign, await countUndecidedCases(tx, campaign.id));
    if (blockers.length) throw new ActionError("INVALID", blockers.join("；"));
    return campaign;
  },
  run: async ({ user, input, tx, resource: before }) => {
    const after = await updateVersioned(tx.campaign, before.id, input.version, {
      closedAt: new Date(),
      closedById: user.id,
    });
    return { data: null, audit: [{ entity: "Campaign", entityId: before.id, before, after }] };
  },
  revalidate: () => ["/", "/admin/campaigns"],
});
