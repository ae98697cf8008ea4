"use server";
import { closeUnverifiableInput } from "@/lib/tips/tip-input";
import { defineAction } from "@/server/action";
import { authorizeTipChange, updateTip } from "@/server/tips/load-for-change";

/** 无法核查: the office closes an anonymous tip with too little to go on; the reason is the closing note and the outcome says so. */
export const closeTipUnverifiable = defineAction({
  name: "tip.closeUnverifiable",
  input: closeUnverifiableInput,
  roles: ["OFFICE"],
  authorize: ({ user, input, tx }) => authorizeTipChange(tx, user, input.tipId, input.version, "CLOSE_UNVERIFIABLE"),
  run: async ({ input, tx, resource: { row, to } }) => {
    const after = await updateTip(tx, row, {
      status: to,
      outcome: "UNVERIFIABLE",
      closingNote: input.reason,
      closedAt: new Date(),
    });
    return { data: { version: after.version }, audit: [{ entity: "Tip", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/tips/${input.tipId}`, "/tips"],
});
