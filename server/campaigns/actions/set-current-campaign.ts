"use server";
import { z } from "zod";

import { intId } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";

/** 设为当前年度: the year every user sees unless they switch; exactly one (the unique column refuses a second). */
export const setCurrentCampaign = defineAction({
  name: "campaign.setCurrent",
  input: z.object({ campaignId: intId }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, ...campaignScope(user) } });
    if (!campaign) throw notFound();
    if (campaign.closedAt) throw new ActionError("INVALID", "已关闭的年度不能设为当前年度");
    return campaign;
  },
  run: async ({ tx, resource: campaign }) => {
    // The district's current year only (docs/domain.md §市级): another district's stays as it is.
    const district = { districtId: campaign.districtId };
    const before = await tx.campaign.findFirst({
      where: { ...district, isCurrent: true },
      select: { id: true, year: true },
    });
    await tx.campaign.updateMany({
      where: { ...district, isCurrent: true, id: { not: campaign.id } },
      data: { isCurrent: null },
    });
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
