import "server-only";

import { z } from "zod";

import { missingItems } from "@/lib/cases/requirements";
import { VERIFIED_NOTE_MAX } from "@/lib/cases/review";
import { type CaseAction, decide, needsReason } from "@/lib/cases/workflow";
import { cuid, optionalText, version } from "@/lib/fields";
import type { Case } from "@/lib/generated/prisma/client";
import type { CaseStatus, ReviewDecision, Role } from "@/lib/generated/prisma/enums";
import { defineAction } from "@/server/action";
import type { AuditEntry } from "@/server/audit";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import type { Tx } from "@/server/db";
import { ActionError, conflict } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { updateVersioned } from "@/server/versioned-update";

type Transition = "SUBMIT" | "ACCEPT" | "RETURN" | "REOPEN";

const REVIEW: Partial<Record<CaseAction, ReviewDecision>> = { ACCEPT: "ACCEPT", RETURN: "RETURN", REOPEN: "REOPEN" };
const NOTICE: Partial<Record<CaseAction, string>> = {
  ACCEPT: "整治对象已验收",
  RETURN: "整治对象被退回",
  REOPEN: "整治对象验收被撤销",
};

const input = z.object({
  caseId: cuid,
  version,
  reason: optionalText("理由", 1000),
  /** 验收通过 of a case with integrity flags: 已核实 and how (lib/cases/review.ts checkAcceptance). */
  verified: z.boolean().optional(),
  verifiedNote: optionalText("核实说明", VERIFIED_NOTE_MAX),
});

type Input = z.output<typeof input>;

/** What a review records beyond its decision and reason: an acceptance's 已核实 and note. */
export type ReviewExtra = { verified: boolean; verifiedNote: string | null };

/**
 * Applies a status change the rules allowed (`to` from lib/cases/workflow): version-checked update,
 * review record, a notification to the case's unit, and the audit entry. Shared by the case actions
 * and by a 回访 finding of resumed production.
 */
export async function applyTransition(
  tx: Tx,
  reviewerId: string,
  action: Transition,
  row: Case,
  to: CaseStatus,
  reason: string | null,
  extra?: ReviewExtra,
): Promise<{ after: Case; audit: AuditEntry }> {
  const now = new Date();
  const after = await updateVersioned(tx.case, row.id, row.version, {
    status: to,
    ...(action === "SUBMIT" && { submittedAt: now }),
    ...(action === "ACCEPT" && { acceptedAt: now }),
    ...(action === "REOPEN" && { acceptedAt: null }),
  });
  const decision = REVIEW[action];
  // The review keeps the version it left the case at: a returned case is submitted again only once that moved on.
  if (decision) {
    await tx.review.create({
      data: { caseId: row.id, decision, reason, reviewerId, caseVersion: after.version, ...extra },
    });
  }
  const notice = NOTICE[action];
  if (notice) {
    const enterprise = await tx.enterprise.findUniqueOrThrow({
      where: { id: row.enterpriseId },
      select: { name: true, unit: { select: { districtId: true } } },
    });
    await notify(
      tx,
      enterprise.unit.districtId,
      { role: "TOWNSHIP", unitId: row.unitId },
      `${notice}：${enterprise.name}`,
      `/cases/${row.id}`,
    );
  }
  return { after, audit: { entity: "Case", entityId: row.id, before: row, after: { ...after, reason, ...extra } } };
}

/** A status change of a case: the rules in lib/cases decide; this applies it with version check and audit. */
export function defineTransition(
  action: Transition,
  roles: readonly Role[],
  name: string,
  /**
   * A further business rule checked after the workflow allowed the change (ACCEPT: the expert-opinion gate
   * and 已核实; SUBMIT: a returned case changed since); throws ActionError to refuse, or returns what the
   * review records beyond its decision.
   */
  guard?: (tx: Tx, row: Case, input: Input) => Promise<ReviewExtra | void>,
) {
  return defineAction({
    name,
    input,
    roles,
    authorize: async ({ user, input, tx }) => {
      const row = await loadCaseForChange(tx, user, input.caseId);
      // A stale page is told the case changed, rather than why the new state forbids the action.
      if (input.version !== row.version) throw conflict();
      const decision = decide(action, user, row);
      if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
      if (needsReason(action) && !input.reason) throw new ActionError("INVALID", "请填写理由");
      const extra = (await guard?.(tx, row, input)) ?? undefined;
      return { row, to: decision.to, extra };
    },
    run: async ({ user, input, tx, resource: { row, to, extra } }) => {
      if (action === "SUBMIT") {
        const [evidence, equipment] = await Promise.all([
          tx.evidence.findMany({ where: { caseId: row.id, deletedAt: null }, select: { kind: true } }),
          tx.caseEquipment.findMany({ where: { caseId: row.id }, select: { disposition: true, destination: true } }),
        ]);
        const missing = missingItems({ ...row, evidenceKinds: evidence.map((e) => e.kind), equipment });
        if (missing.length) throw new ActionError("INVALID", `还缺：${missing.join("、")}`);
      }
      const { after, audit } = await applyTransition(tx, user.id, action, row, to, input.reason || null, extra);
      return { data: { status: after.status, version: after.version }, audit: [audit] };
    },
    revalidate: (input) => [`/cases/${input.caseId}`, "/cases", "/review", "/dashboard"],
  });
}
