"use server";
import { verifyTipInput } from "@/lib/tips/tip-input";
import { tipSubject } from "@/lib/tips/workflow";
import { defineAction } from "@/server/action";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";
import { authorizeTipChange, updateTip } from "@/server/tips/load-for-change";

/** 核查: the assigned unit or department records its findings and the outcome (属实 / 部分属实 / 不属实). */
export const verifyTip = defineAction({
  name: "tip.verify",
  input: verifyTipInput,
  roles: ["TOWNSHIP", "DEPARTMENT"],
  authorize: ({ user, input, tx }) => authorizeTipChange(tx, user, input.tipId, input.version, "VERIFY"),
  run: async ({ user, input, tx, resource: { row, to } }) => {
    const after = await updateTip(tx, row, {
      status: to,
      findings: input.findings,
      outcome: input.outcome,
      verifiedById: user.id,
      verifiedAt: new Date(),
    });
    await notify(tx, districtOf(user), { role: "OFFICE" }, `举报已核查，待办结：${tipSubject(row)}`, `/tips/${row.id}`);
    return { data: { version: after.version }, audit: [{ entity: "Tip", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/tips/${input.tipId}`, "/tips"],
});
