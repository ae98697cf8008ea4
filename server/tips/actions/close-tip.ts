"use server";
import { closeTipInput } from "@/lib/tips/tip-input";
import { defineAction } from "@/server/action";
import { authorizeTipChange, updateTip } from "@/server/tips/load-for-change";

/** 办结: the office closes a tip with its opinion (a named tip only after verification). */
export const closeTip = defineAction({
  name: "tip.close",
  input: closeTipInput,
  roles: ["OFFICE"],
  authorize: ({ user, input, tx }) => authorizeTipChange(tx, user, input.tipId, input.version, "CLOSE"),
  run: async ({ input, tx, resource: { row, to } }) => {
    const after = await updateTip(tx, row, { status: to, closingNote: input.closingNote, closedAt: new Date() });
    return { data: { version: after.version }, audit: [{ entity: "Tip", entityId: row.id, before: row, after }] };
  },
  revalidate: (input) => [`/tips/${input.tipId}`, "/tips"],
});
