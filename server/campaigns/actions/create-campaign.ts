"use server";
import { z } from "zod";

import { newCampaignErrors } from "@/lib/campaigns/rules";
import { calendarDate, intInRange, optionalIntId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { copyCampaignStructure, planCampaignStructure } from "@/server/campaigns/copy-campaign";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope, districtOf } from "@/server/scope";

/**
 * 新建年度: the office opens a year by copying an earlier campaign's structure; targets are then edited. A district with
 * no year yet (a new one, docs/domain.md §市级) opens its first from the work plan's structure (no year to copy), and
 * that year becomes its current one.
 */
export const createCampaign = defineAction({
  name: "campaign.create",
  input: z.object({
    /** Null: the district's first year, from the work plan (only while it has none). */
    fromCampaignId: optionalIntId,
    year: intInRange(2000, 2100),
    title: text("年度名称", 100),
    startDate: calendarDate("开始日期"),
    deadline: calendarDate("完成时限"),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const years = (await tx.campaign.findMany({ where: campaignScope(user), select: { year: true } })).map(
      (c) => c.year,
    );
    const from =
      input.fromCampaignId === null
        ? null
        : await tx.campaign.findFirst({ where: { id: input.fromCampaignId, ...campaignScope(user) } });
    if (input.fromCampaignId !== null && !from) throw notFound();
    if (!from && years.length > 0)
      throw new ActionError("INVALID", "请选择复制自哪个年度", { fromCampaignId: ["请选择复制自哪个年度"] });
    const errors = newCampaignErrors(input, years);
    if (errors.length) throw new ActionError("INVALID", errors.join("；"));
    return { from, districtId: districtOf(user) };
  },
  run: async ({ input, tx, resource: { from, districtId } }) => {
    const created = await tx.campaign.create({
      data: {
        districtId,
        year: input.year,
        title: input.title,
        startDate: input.startDate,
        deadline: input.deadline,
        // The first year is the district's current one; a later one becomes current when the office says so.
        ...(from ? { lagThresholdPoints: from.lagThresholdPoints } : { isCurrent: true }),
      },
    });
    const copied = from
      ? await copyCampaignStructure(tx, from.id, created.id)
      : await planCampaignStructure(tx, created.id, districtId);
    return {
      data: { id: created.id },
      audit: [
        {
          entity: "Campaign",
          entityId: created.id,
          before: null,
          after: { ...created, copiedFrom: from ? from.year : "工作要点", ...copied },
        },
      ],
    };
  },
  revalidate: () => ["/admin/campaigns"],
});
