"use server";
import { z } from "zod";

import { cuid } from "@/lib/fields";
import { isPunishmentCandidate, punishmentReason } from "@/lib/punishment/joint-punishment";
import { defineAction } from "@/server/action";
import { ActionError, notFound } from "@/server/errors";
import { punishmentCaseScope } from "@/server/scope";

/**
 * 确认列入联合惩戒: the office confirms one case that was not accepted by the campaign deadline, judged by
 * the deadline snapshot (none yet = not confirmable); the reason is kept as confirmed.
 */
export const confirmPunishment = defineAction({
  name: "punishment.confirm",
  input: z.object({ caseId: cuid }),
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const row = await tx.case.findFirst({
      where: { AND: [{ id: input.caseId }, punishmentCaseScope(user)] },
      include: {
        punishment: true,
        reviews: { where: { decision: "RETURN" }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    });
    if (!row) throw notFound();
    const snapshot = await tx.deadlineSnapshot.findUnique({
      where: { campaignId_caseId: { campaignId: row.campaignId, caseId: row.id } },
    });
    if (!snapshot) {
      const run = await tx.deadlineSnapshotRun.findUnique({ where: { campaignId: row.campaignId } });
      throw new ActionError(
        run ? "CONFLICT" : "FORBIDDEN",
        run
          ? "该整治对象截止日时尚未登记，不列入联合惩戒"
          : "年度工作截止日之后、截止日状态记录生成后才能确认联合惩戒名单",
      );
    }
    if (!isPunishmentCandidate(snapshot.status))
      throw new ActionError("CONFLICT", "该整治对象在截止日前已验收，不列入联合惩戒");
    if (row.punishment) throw new ActionError("CONFLICT", "该整治对象已确认列入");
    return { row, statusAtDeadline: snapshot.status };
  },
  run: async ({ user, tx, resource: { row, statusAtDeadline } }) => {
    const entry = await tx.jointPunishmentEntry.create({
      data: {
        caseId: row.id,
        confirmedById: user.id,
        reason: punishmentReason({ ...row, statusAtDeadline, lastReturnReason: row.reviews[0]?.reason ?? null }),
      },
    });
    return {
      data: { id: entry.id },
      audit: [{ entity: "JointPunishmentEntry", entityId: entry.id, before: null, after: entry }],
    };
  },
  revalidate: () => ["/punishment"],
});
