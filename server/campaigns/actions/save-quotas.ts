"use server";
import { z } from "zod";

import { annexCategory, annexTarget, boundedArray, intId, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { campaignScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const cell = z.object({
  unitId: intId,
  category: annexCategory,
  target: annexTarget,
});

/**
 * 目标任务分解: the quota grid of one campaign (typed, or filled from an imported .xlsx), saved against
 * the campaign's version — a grid built on an older version is refused instead of overwriting a newer one.
 */
export const saveQuotas = defineAction({
  name: "campaign.saveQuotas",
  input: z.object({ campaignId: intId, version, cells: boundedArray(cell, 200, "目标") }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, ...campaignScope(user) } });
    if (!campaign) throw notFound();
    await assertCampaignOpen(tx, campaign.id);
    const unitIds = new Set(
      (await tx.unit.findMany({ where: { districtId: campaign.districtId }, select: { id: true } })).map((u) => u.id),
    );
    if (input.cells.some((c) => !unitIds.has(c.unitId))) throw new ActionError("INVALID", "单位无效");
    const keys = new Set(input.cells.map((c) => `${c.unitId}:${c.category}`));
    if (keys.size !== input.cells.length) throw new ActionError("INVALID", "同一单位同一类别只能有一个目标");
    return campaign;
  },
  run: async ({ input, tx, resource: campaign }) => {
    const after = await updateVersioned(tx.campaign, campaign.id, input.version, {});
    const before = await tx.quota.findMany({
      where: { campaignId: campaign.id },
      select: { unitId: true, category: true, target: true },
    });
    const old = new Map(before.map((q) => [`${q.unitId}:${q.category}`, q.target]));
    const changed = input.cells.filter((c) => old.get(`${c.unitId}:${c.category}`) !== c.target);
    for (const c of changed) {
      await tx.quota.upsert({
        where: { campaignId_unitId_category: { campaignId: campaign.id, unitId: c.unitId, category: c.category } },
        create: { campaignId: campaign.id, unitId: c.unitId, category: c.category, target: c.target },
        update: { target: c.target },
      });
    }
    return {
      data: { version: after.version, changed: changed.length },
      audit: [
        {
          entity: "Campaign",
          entityId: campaign.id,
          before: {
            quotas: changed.map((c) => ({
              unitId: c.unitId,
              category: c.category,
              target: old.get(`${c.unitId}:${c.category}`) ?? null,
            })),
          },
          after: { quotas: changed },
        },
      ],
    };
  },
  revalidate: () => ["/admin/campaigns", "/dashboard"],
});
