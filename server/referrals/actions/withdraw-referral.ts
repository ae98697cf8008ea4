"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { mayWithdraw } from "@/lib/referrals/rules";
import { defineAction } from "@/server/action";
import { notify } from "@/server/notifications/notify";
import { authorizeReferralChange, referralSubject } from "@/server/referrals/load-for-change";
import { districtOf } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** The office (any), or the referring department (its own), withdraws a referral not yet answered; the expert is told. */
export const withdrawReferral = defineAction({
  name: "referral.withdraw",
  input: z.object({ referralId: cuid, version }),
  roles: ["OFFICE", "DEPARTMENT"],
  authorize: ({ user, input, tx }) =>
    authorizeReferralChange(tx, user, input.referralId, input.version, (row) => mayWithdraw(user, row)),
  run: async ({ user, input, tx, resource: row }) => {
    const after = await updateVersioned(tx.expertReferral, row.id, input.version, { withdrawnAt: new Date() });
    await notify(tx, districtOf(user), { id: row.expertId }, `专家咨询已撤回：${referralSubject(row)}`, "/referrals");
    const { case: _c, unit: _u, ...before } = row;
    return { data: null, audit: [{ entity: "ExpertReferral", entityId: row.id, before, after }] };
  },
  revalidate: (i) => ["/referrals", `/referrals/${i.referralId}`],
});
