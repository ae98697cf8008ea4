"use server";
import { z } from "zod";

import { carryError, caseClosing } from "@/lib/campaigns/rules";
import { cuid, optionalIntId, optionalText, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, conflict, notFound } from "@/server/errors";
import { campaignScope, caseScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * Before a campaign closes, the office decides each case not accepted: carry it into a later campaign (a
 * new case there, same enterprise and category, linked to this one; this one keeps its history) or close
 * it as not completed (with the reason; it then stands on the 联合惩戒 list).
 */
export const decideOpenCase = defineAction({
  name: "campaign.decideCase",
  input: z.object({
    caseId: cuid,
    version,
    decision: z.enum(["CARRY", "CLOSE_INCOMPLETE"], { error: "请选择处理方式" }),
    targetCampaignId: optionalIntId,
    reason: optionalText("理由", 500),
  }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.case.findFirst({
      where: { AND: [{ id: input.caseId }, caseScope(user)] },
      include: { campaign: true, carriedTo: { select: { id: true } } },
    });
    if (!row) throw notFound();
    await assertCampaignOpen(tx, row.campaignId);
    if (input.version !== row.version) throw conflict();
    if (caseClosing(row) !== "UNDECIDED") throw new ActionError("CONFLICT", "该整治对象已验收或已作决定");
    if (input.decision === "CLOSE_INCOMPLETE" && !input.reason) throw new ActionError("INVALID", "请填写未完成的理由");
    const target =
      input.decision === "CARRY" && input.targetCampaignId !== null
        ? await tx.campaign.findFirst({ where: { id: input.targetCampaignId, ...campaignScope(user) } })
        : null;
    if (input.decision === "CARRY") {
      const error = carryError(row.campaign, target);
      if (error) throw new ActionError("INVALID", error);
      await assertCampaignOpen(tx, target!.id);
      const taken = await tx.case.findFirst({
        where: { campaignId: target!.id, enterpriseId: row.enterpriseId, category: row.category },
      });
      if (taken) throw new ActionError("CONFLICT", `该企业在 ${target!.year} 年度已有同类整治对象，不能结转`);
    }
    return { row, target };
  },
  run: async ({ user, input, tx, resource: { row, target } }) => {
    const { campaign: _campaign, carriedTo: _carriedTo, ...before } = row;
    if (input.decision === "CLOSE_INCOMPLETE") {
      const after = await updateVersioned(tx.case, row.id, row.version, {
        closedIncompleteAt: new Date(),
        closedIncompleteReason: input.reason,
      });
      return { data: { caseId: row.id }, audit: [{ entity: "Case", entityId: row.id, before, after }] };
    }
    const carried = await tx.case.create({
      data: {
        campaignId: target!.id,
        enterpriseId: row.enterpriseId,
        unitId: row.unitId,
        category: row.category,
        createdById: user.id,
        disposalPath: row.disposalPath,
        outcomeId: row.outcomeId,
        dimensions: row.dimensions,
        commitmentText: row.commitmentText,
        commitmentPublishedIn: row.commitmentPublishedIn,
        commitmentDate: row.commitmentDate,
        carriedFromId: row.id,
      },
    });
    // The old case's version moves, so a page still showing it undecided is told it changed.
    const after = await updateVersioned(tx.case, row.id, row.version, {});
    return {
      data: { caseId: carried.id },
      audit: [
        { entity: "Case", entityId: carried.id, before: null, after: carried },
        {
          entity: "Case",
          entityId: row.id,
          before,
          after: { ...after, carriedToId: carried.id, carriedToYear: target!.year },
        },
      ],
    };
  },
  revalidate: () => ["/admin/campaigns", "/cases", "/punishment"],
});
