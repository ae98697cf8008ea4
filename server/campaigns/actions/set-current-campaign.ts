"use server";
import { z } from "zod";

import { intId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";

/** 设为当前年度: the year every user sees unless they switch; exactly one (the unique column refuses a second). */
export const setCurrentCampaign = defineAction({
  name: "campaign.setCurrent",
  input: z.object({ campaignId: intId }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId } });
    if (!campaign) throw notFound();
    if (campaign.closedAt) throw new ActionError("INVALID", "已关闭的年度不能设为当前年度");
    return campaign;
  },
  run: async ({ tx, resource: campaign }) => {
    const before = await tx.campaign.findFirst({ where: { isCurrent: true }, select: { id: true, year: true } });
    await tx.campaign.updateMany({ where: { isCurrent: true, id: { not: campaign.id } }, data: { isCurrent: null } });
    await tx.campaign.update({ where: { id: campaign.id }, data: { isCurrent: true } });
    return {
      data: null,
      audit: [
        {
          entity: "Campaign",
          entityId: campaign.id,
          before: { current: before },
          after: { current: { id: campaign.id, year: campaign.year } },
        },
      ],
    };
  },
  revalidate: () => ["/", "/admin/campaigns"],
});
