"use server";
import { z } from "zod";
import { defineAction } from "@/server/action";
import { ActionError, conflict, notFound } from "@/server/errors";

const day = z.iso.date("日期格式应为 年-月-日").transform((s) => new Date(`${s}T00:00:00Z`));

/** 区工强办 sets the campaign's deadline and the "slow unit" threshold (configurable per DOMAIN.md §4). */
export const updateCampaign = defineAction({
  name: "campaign.update",
  input: z.object({
    campaignId: z.number().int().positive(),
    version: z.number().int().min(0),
    deadline: day,
    lagThresholdPoints: z.coerce.number().int("须为整数").min(0, "不能小于0").max(100, "不能大于100"),
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
