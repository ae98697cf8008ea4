"use server";
import { z } from "zod";

import { cuid, text, version } from "@/lib/fields";
import { ExpertConclusion } from "@/lib/generated/prisma/enums";
import { mayAnswer } from "@/lib/referrals/rules";
import { defineAction } from "@/server/action";
import { notify } from "@/server/notifications/notify";
import { authorizeReferralChange, referralSubject } from "@/server/referrals/load-for-change";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/**
 * The expert addressed writes the opinion — conclusion and text (attachments are uploaded first, while
 * the referral is open) — once: afterwards it is read-only. The referrer is notified.
 */
export const answerReferral = defineAction({
  name: "referral.answer",
  input: z.object({
    referralId: cuid,
    version,
    conclusion: z.enum(ExpertConclusion, "请选择结论"),
    opinion: text("意见", 5000, 5),
  }),
  roles: ["EXPERT"],
  authorize: ({ user, input, tx }) =>
    authorizeReferralChange(tx, user, input.referralId, input.version, (row) => mayAnswer(user, row)),
  run: async ({ user, input, tx, resource: row }) => {
    const after = await updateVersioned(tx.expertReferral, row.id, input.version, {
      conclusion: input.conclusion,
      opinion: input.opinion,
      answeredAt: new Date(),
    });
    await notify(
      tx,
      districtOf(user),
      { id: row.referredById },
      `专家已答复（${user.displayName}）：${referralSubject(row)}`,
      row.caseId ? `/cases/${row.caseId}` : `/referrals/${row.id}`,
    );
    const { case: _c, unit: _u, ...before } = row;
    return { data: null, audit: [{ entity: "ExpertReferral", entityId: row.id, before, after }] };
  },
  revalidate: (i) => ["/referrals", `/referrals/${i.referralId}`],
});
