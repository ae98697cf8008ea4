"use server";
import { z } from "zod";

import { datesErrors } from "@/lib/campaigns/rules";
import { calendarDate, intId, text, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 年度名称、开始日期、完成时限 of one campaign (the time progress and the 联合惩戒 list follow them). */
export const updateCampaignDates = defineAction({
  name: "campaign.updateDates",
  input: z.object({
    campaignId: intId,
    version,
    title: text("年度名称", 100),
    startDate: calendarDate("开始日期"),
    deadline: calendarDate("完成时限"),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, ...campaignScope(user) } });
    if (!campaign) throw notFound();
    await assertCampaignOpen(tx, campaign.id);
    const errors = datesErrors({ year: campaign.year, startDate: input.startDate, deadline: input.deadline });
    if (errors.length) throw new ActionError("INVALID", errors.join("；"));
    return campaign;
  },
  run: async ({ input, tx, resource: before }) => {
    const after = await updateVersioned(tx.campaign, before.id, input.version, {
      title: input.title,
      startDate: input.startDate,
      deadline: input.deadline,
    });
    return { data: { version: after.version }, audit: [{ entity: "Campaign", entityId: before.id, before, after }] };
  },
  revalidate: () => ["/admin/campaigns", "/dashboard", "/settings"],
});
