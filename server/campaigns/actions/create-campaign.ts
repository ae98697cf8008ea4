"use server";
import { z } from "zod";

import { newCampaignErrors } from "@/lib/campaigns/rules";
import { calendarDate, intId, intInRange, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { copyCampaignStructure } from "@/server/campaigns/copy-campaign";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";

/** 新建年度: the office opens a year by copying an earlier campaign's structure; targets are then edited. */
export const createCampaign = defineAction({
  name: "campaign.create",
  input: z.object({
    fromCampaignId: intId,
    year: intInRange(2000, 2100),
    title: text("年度名称", 100),
    startDate: calendarDate("开始日期"),
    deadline: calendarDate("完成时限"),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const from = await tx.campaign.findFirst({ where: { id: input.fromCampaignId, ...campaignScope(user) } });
    if (!from) throw notFound();
    const years = (await tx.campaign.findMany({ where: campaignScope(user), select: { year: true } })).map(
      (c) => c.year,
    );
    const errors = newCampaignErrors(input, years);
    if (errors.length) throw new ActionError("INVALID", errors.join("；"));
    return from;
  },
  run: async ({ input, tx, resource: from }) => {
    const created = await tx.campaign.create({
      data: {
        districtId: from.districtId,
        year: input.year,
        title: input.title,
        startDate: input.startDate,
        deadline: input.deadline,
        lagThresholdPoints: from.lagThresholdPoints,
      },
    });
    const copied = await copyCampaignStructure(tx, from.id, created.id);
    return {
      data: { id: created.id },
      audit: [
        {
          entity: "Campaign",
          entityId: created.id,
          before: null,
          after: { ...created, copiedFrom: from.year, ...copied },
        },
      ],
    };
  },
  revalidate: () => ["/admin/campaigns"],
});
