"use server";
import { z } from "zod";
import { calendarDate, intId, intInRange, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, conflict, notFound } from "@/server/errors";

/** 区工强办 sets the campaign's deadline and the "slow unit" threshold (configurable per DOMAIN.md §4). */
export const updateCampaign = defineAction({
  name: "campaign.update",
  input: z.object({
    campaignId: intId,
    version,
    deadline: calendarDate("完成时限"),
    lagThresholdPoints: intInRange(0, 100),
  }),
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId } });
    if (!campaign) throw notFound();
    if (input.deadline <= campaign.startDate) throw new ActionError("INVALID", "完成时限须晚于年度开始日期");
    return campaign;
  },
  run: async ({ input, tx, resource: before }) => {
    const { count } = await tx.campaign.updateMany({
      where: { id: before.id, version: input.version },
      data: { deadline: input.deadline, lagThresholdPoints: input.lagThresholdPoints, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const after = await tx.campaign.findUniqueOrThrow({ where: { id: before.id } });
    return { data: null, audit: [{ entity: "Campaign", entityId: before.id, before, after }] };
  },
  revalidate: () => ["/settings", "/dashboard", "/tasks"],
});
