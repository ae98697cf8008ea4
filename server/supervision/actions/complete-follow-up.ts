"use server";
import { z } from "zod";

import { cuid } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { noticeScope } from "@/server/scope";

/** 已跟踪复查: the office marks a 约谈's follow-up done, so it leaves the due list. */
export const completeFollowUp = defineAction({
  name: "notice.completeFollowUp",
  input: z.object({ noticeId: cuid }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.supervisionNotice.findFirst({ where: { AND: [{ id: input.noticeId }, noticeScope(user)] } });
    if (!row) throw notFound();
    await assertCampaignOpen(tx, row.campaignId);
    if (row.kind !== "INTERVIEW" || row.followUpDoneAt) throw new ActionError("CONFLICT", "该约谈无需或已完成跟踪复查");
    return row;
  },
  run: async ({ tx, resource: row }) => {
    const after = await tx.supervisionNotice.update({
      where: { id: row.id },
      data: { followUpDoneAt: new Date(), version: { increment: 1 } },
    });
    return { data: null, audit: [{ entity: "SupervisionNotice", entityId: row.id, before: row, after }] };
  },
  revalidate: () => ["/supervision"],
});
