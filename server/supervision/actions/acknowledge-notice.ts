"use server";
import { z } from "zod";

import { cuid } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { noticeUnitScope } from "@/server/scope";

/** 确认已阅: a township acknowledges a 通报 or 约谈 naming its own unit, once. */
export const acknowledgeNotice = defineAction({
  name: "notice.acknowledge",
  input: z.object({ noticeId: cuid }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.supervisionNoticeUnit.findFirst({
      where: { AND: [{ noticeId: input.noticeId }, noticeUnitScope(user)] },
    });
    if (!row) throw notFound();
    await assertCampaignOpen(
      tx,
      (await tx.supervisionNotice.findUniqueOrThrow({ where: { id: row.noticeId } })).campaignId,
    );
    if (row.acknowledgedAt) throw new ActionError("CONFLICT", "本单位已确认过");
    return row;
  },
  run: async ({ user, tx, resource: row }) => {
    const { count } = await tx.supervisionNoticeUnit.updateMany({
      where: { noticeId: row.noticeId, unitId: row.unitId, acknowledgedAt: null },
      data: { acknowledgedAt: new Date(), acknowledgedById: user.id },
    });
    if (count === 0) throw new ActionError("CONFLICT", "本单位已确认过");
    const after = await tx.supervisionNoticeUnit.findUniqueOrThrow({
      where: { noticeId_unitId: { noticeId: row.noticeId, unitId: row.unitId } },
    });
    return {
      data: null,
      audit: [{ entity: "SupervisionNoticeUnit", entityId: `${row.noticeId}:${row.unitId}`, before: row, after }],
    };
  },
  revalidate: () => ["/supervision"],
});
