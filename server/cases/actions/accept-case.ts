"use server";
import { checkAcceptance } from "@/lib/cases/review";
import { flagsOfCases } from "@/server/cases/case-flags";
import { defineTransition } from "@/server/cases/define-transition";
import { ActionError } from "@/server/errors";
import { checkOpinionGate } from "@/server/referrals/opinion-gate";

/** 验收通过 — 区工强办 or the lead department of one of the case's dimensions. */
export const acceptCase = defineTransition(
  "ACCEPT",
  ["OFFICE", "DEPARTMENT"],
  "case.accept",
  async (tx, row, input) => {
    // ——— expert opinions (行业专家意见): the campaign may require an answered expert opinion before an ELIMINATION case is accepted ———
    const gate = await checkOpinionGate(row, tx);
    if (!gate.ok) throw new ActionError("FORBIDDEN", gate.reason);
    // ——— review desk: a case with integrity flags is accepted only as 已核实, with a note (lib/cases/review.ts) ———
    const flags = (await flagsOfCases(tx, [row.id])).get(row.id) ?? [];
    const check = checkAcceptance(flags.length, input);
    if (!check.ok) throw new ActionError("INVALID", check.reason, { [check.field]: [check.reason] });
    return { verified: check.verified, verifiedNote: check.verifiedNote };
  },
);
