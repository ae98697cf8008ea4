"use server";
import { z } from "zod";
import { isAfterDeadline, punishmentReason } from "@/lib/joint-punishment";
import { cuid } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { punishmentCaseScope } from "@/server/scope";

/** 确认列入联合惩戒: the office confirms one case not accepted after the campaign deadline; the reason is kept as confirmed. */
export const confirmPunishment = defineAction({
  name: "punishment.confirm",
  input: z.object({ caseId: cuid }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.case.findFirst({
      where: { AND: [{ id: input.caseId }, punishmentCaseScope(user)] },
      include: { campaign: true, punishment: true, reviews: { where: { decision: "RETURN" }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    if (!row) throw notFound();
    if (!isAfterDeadline(row.campaign.deadline, new Date())) throw new ActionError("FORBIDDEN", "年度工作截止日之后才能确认联合惩戒名单");
    if (row.status === "ACCEPTED") throw new ActionError("CONFLICT", "该案件已验收，不列入联合惩戒");
    if (row.punishment) throw new ActionError("CONFLICT", "该案件已确认列入");
    return row;
  },
  run: async ({ user, tx, resource: row }) => {
    const entry = await tx.jointPunishmentEntry.create({
      data: { caseId: row.id, confirmedById: user.id, reason: punishmentReason({ ...row, lastReturnReason: row.reviews[0]?.reason ?? null }) },
    });
    return { data: { id: entry.id }, audit: [{ entity: "JointPunishmentEntry", entityId: entry.id, before: null, after: entry }] };
  },
  revalidate: () => ["/punishment"],
});
