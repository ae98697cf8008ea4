"use server";
import { z } from "zod";

import { calendarDate, cuid, optionalText, version } from "@/lib/fields";
import { checkFollowUpClose } from "@/lib/steel/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { steelLineWriteScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

const input = z.object({
  id: cuid,
  version,
  followUpDoneOn: calendarDate("复查日期"),
  followUpNote: optionalText("复查情况", 2000),
});

/** 登记整改复查 of a steel inspection — the line's lead (区发改局) or the office; a note of what the re-check found is required. */
export const closeSteelFollowUp = defineAction({
  name: "steel.closeFollowUp",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.steelInspection.findFirst({
      where: { id: input.id, taskLine: steelLineWriteScope(user) },
      include: { taskLine: { select: { campaignId: true } } },
    });
    if (!row) throw notFound();
    await assertCampaignOpen(tx, row.taskLine.campaignId);
    return row;
  },
  run: async ({ input, tx, resource: row }) => {
    const checked = checkFollowUpClose(row, input.followUpDoneOn, input.followUpNote, new Date());
    if (!checked.ok) throw new ActionError(row.followUpDoneOn ? "CONFLICT" : "INVALID", checked.message);
    const { taskLine: _line, ...before } = row;
    const after = await updateVersioned(tx.steelInspection, row.id, input.version, {
      followUpDoneOn: input.followUpDoneOn,
      followUpNote: input.followUpNote,
    });
    return { data: { id: row.id }, audit: [{ entity: "SteelInspection", entityId: row.id, before, after }] };
  },
  revalidate: () => ["/tasks/steel", "/tasks", "/dashboard"],
});
