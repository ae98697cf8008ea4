"use server";
import { z } from "zod";

import { decide } from "@/lib/cases/workflow";
import { cuid, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { assertCaseOpen } from "@/server/campaigns/assert-campaign-open";
import { ActionError, notFound } from "@/server/errors";
import { caseWriteScope } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";

/** 删除材料 — until the case is submitted. The row and file are kept (nothing is lost), hidden from the case. */
export const removeEvidence = defineAction({
  name: "evidence.remove",
  input: z.object({ evidenceId: cuid, caseVersion: version }),
  roles: ["TOWNSHIP"],
  authorize: async ({ user, input, tx }) => {
    const evidence = await tx.evidence.findFirst({
      where: { id: input.evidenceId, deletedAt: null, case: caseWriteScope(user) },
      include: { case: true },
    });
    if (!evidence) throw notFound();
    const decision = decide("EDIT", user, evidence.case);
    if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    await assertCaseOpen(tx, evidence.case);
    return { evidence, to: decision.to };
  },
  run: async ({ input, tx, resource: { evidence, to } }) => {
    // The case's version moves with its evidence, so a page showing the removed file is stale.
    await updateVersioned(tx.case, evidence.caseId, input.caseVersion, { status: to });
    const { case: _case, ...before } = evidence;
    const after = await tx.evidence.update({ where: { id: evidence.id }, data: { deletedAt: new Date() } });
    return { data: { caseId: evidence.caseId }, audit: [{ entity: "Evidence", entityId: evidence.id, before, after }] };
  },
  revalidate: () => [],
});
