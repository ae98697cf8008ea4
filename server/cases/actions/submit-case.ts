"use server";
import { changedSinceReturn, UNCHANGED_SINCE_RETURN } from "@/lib/cases/review";
import { defineTransition } from "@/server/cases/define-transition";
import { ActionError } from "@/server/errors";

/** 上报验收 — refused while the rules still miss anything, and for a returned case not changed since its return. */
export const submitCase = defineTransition("SUBMIT", ["TOWNSHIP"], "case.submit", async (tx, row) => {
  if (row.status !== "RETURNED") return;
  const lastReturn = await tx.review.findFirst({
    where: { caseId: row.id, decision: "RETURN" },
    // Two decisions within the same clock tick: the later one left the case at the higher version.
    orderBy: [{ createdAt: "desc" }, { caseVersion: { sort: "desc", nulls: "last" } }],
    select: { caseVersion: true },
  });
  if (!changedSinceReturn(row, lastReturn)) throw new ActionError("INVALID", UNCHANGED_SINCE_RETURN);
});
