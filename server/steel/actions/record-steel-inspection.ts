"use server";
import { z } from "zod";

import { calendarDate, optionalCalendarDate, optionalCuid, optionalText, text } from "@/lib/fields";
import { SteelCheckResult } from "@/lib/generated/prisma/enums";
import { checkSteelInspection, STEEL_LINE_CODE } from "@/lib/steel/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { ActionError, notFound } from "@/server/errors";
import { enterpriseDistrictScope, steelLineWriteScope } from "@/server/scope";
import { createNamedEnterprises, newEnterprise } from "@/server/tasks/progress-input";

const check = z.enum(SteelCheckResult, "请选择检查结果（未发现/发现问题）");

const input = z.object({
  /** A ledger enterprise, or `newEnterprise` (named by credit code; a known code is reused). */
  enterpriseId: optionalCuid,
  newEnterprise: newEnterprise.optional().nullable(),
  inspectedOn: calendarDate("巡查日期"),
  inspectors: text("检查人员", 200, 2),
  newCapacity: check,
  newCapacityNote: optionalText("违规新增钢铁产能情况", 1000),
  revivedCapacity: check,
  revivedCapacityNote: optionalText("已退出产能死灰复燃情况", 1000),
  substandardSteel: check,
  substandardSteelNote: optionalText("生产销售地条钢情况", 1000),
  finding: text("巡查结论", 2000, 2),
  rectification: optionalText("整改要求", 2000),
  followUpDue: optionalCalendarDate("复查期限"),
});

/** 登记钢铁行业巡查 (T10) — 区发改局 (the line's lead) or the office, in the current year; counts on T10 at once. */
export const recordSteelInspection = defineAction({
  name: "steel.recordInspection",
  input,
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: async ({ user, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    const line = await tx.taskLine.findFirst({
      where: { AND: [{ campaignId: campaign.id, code: STEEL_LINE_CODE }, steelLineWriteScope(user)] },
    });
    if (!line) throw notFound();
    await assertCampaignOpen(tx, campaign.id);
    return { line, campaign };
  },
  run: async ({ user, input, tx, resource: { line, campaign } }) => {
    const checked = checkSteelInspection(
      { ...input, followUpDue: input.followUpDue ?? null },
      campaign.startDate,
      new Date(),
    );
    if (!checked.ok) throw new ActionError("INVALID", checked.message);
    if (!!input.enterpriseId === !!input.newEnterprise)
      throw new ActionError("INVALID", "请选择一家企业，或新增一家企业");
    const named = input.newEnterprise
      ? await createNamedEnterprises(tx, user, [input.newEnterprise])
      : { ids: [input.enterpriseId!], audit: [] };
    const enterprise = await tx.enterprise.findFirst({
      where: { id: named.ids[0], ...enterpriseDistrictScope(user) },
      select: { id: true, unitId: true },
    });
    if (!enterprise) throw new ActionError("INVALID", "所选企业不在企业台账中，请重新选择");
    const created = await tx.steelInspection.create({
      data: {
        taskLineId: line.id,
        enterpriseId: enterprise.id,
        unitId: enterprise.unitId,
        inspectedOn: input.inspectedOn,
        inspectors: input.inspectors,
        newCapacity: input.newCapacity,
        newCapacityNote: input.newCapacityNote,
        revivedCapacity: input.revivedCapacity,
        revivedCapacityNote: input.revivedCapacityNote,
        substandardSteel: input.substandardSteel,
        substandardSteelNote: input.substandardSteelNote,
        finding: input.finding,
        rectification: input.rectification,
        followUpDue: input.followUpDue ?? null,
        recordedById: user.id,
      },
    });
    return {
      data: { id: created.id },
      audit: [...named.audit, { entity: "SteelInspection", entityId: created.id, before: null, after: created }],
    };
  },
  revalidate: () => ["/tasks/steel", "/tasks", "/dashboard"],
});
