"use server";
import { defineTransition } from "@/server/cases/define-transition";
import { ActionError } from "@/server/errors";
import { checkOpinionGate } from "@/server/referrals/opinion-gate";

/** 验收通过 — 区工强办 or the lead department of one of the case's dimensions. */
export const acceptCase = defineTransition("ACCEPT", ["OFFICE", "DEPARTMENT"], "case.accept", async (tx, row) => {
  // ——— expert opinions (行业专家意见): the campaign may require an answered expert opinion before an ELIMINATION case is accepted ———
  const gate = await checkOpinionGate(row, tx);
  if (!gate.ok) throw new ActionError("FORBIDDEN", gate.reason);
});
