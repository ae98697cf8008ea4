import "server-only";

import { decideFinding, type FindingAction } from "@/lib/inspections/rules";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import type { Tx } from "@/server/db";
import { ActionError, conflict, notFound } from "@/server/errors";
import { findingScope, roundRecordScope, roundScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A round the user may read, with its units and departments as ids (for the rules), or NOT_FOUND. */
export async function loadRoundForChange(
  tx: Tx,
  user: SessionUser,
  roundId: string,
  scope: "read" | "record" = "read",
) {
  const round = await tx.inspectionRound.findFirst({
    where: { AND: [{ id: roundId }, scope === "read" ? roundScope(user) : roundRecordScope(user)] },
    include: { units: { select: { unitId: true } }, departments: { select: { departmentId: true } } },
  });
  if (!round) throw notFound();
  const { units, departments, ...row } = round;
  return { ...row, unitIds: units.map((u) => u.unitId), departmentIds: departments.map((d) => d.departmentId) };
}

/** A finding the user may read, with its round's campaign and, when on a case, the case row; or NOT_FOUND. */
export async function loadFindingForChange(tx: Tx, user: SessionUser, findingId: string) {
  const finding = await tx.inspectionFinding.findFirst({
    where: { AND: [{ id: findingId }, findingScope(user)] },
    include: { round: { select: { campaignId: true, title: true } }, case: true, unit: { select: { name: true } } },
  });
  if (!finding) throw notFound();
  return finding;
}

/**
 * A finding for a versioned change that `rule` must allow: in scope, not stale (a stale page is told it
 * changed first), its year open. Returns the finding and the rule's positive answer.
 */
export async function authorizeFindingChange<D extends { ok: true } | { ok: false; reason: string }>(
  tx: Tx,
  user: SessionUser,
  findingId: string,
  version: number,
  rule: (finding: FindingForAction) => D,
) {
  const finding = await loadFindingForChange(tx, user, findingId);
  if (finding.version !== version) throw conflict();
  await assertCampaignOpen(tx, finding.round.campaignId);
  const decision = rule(finding);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return { finding, decision: decision as Extract<D, { ok: true }> };
}
type FindingForAction = Awaited<ReturnType<typeof loadFindingForChange>>;

/** A finding for a step of its lifecycle (answer, close, send back): authorizeFindingChange with the lifecycle rule, and the state it moves to. */
export async function authorizeFindingTransition(
  tx: Tx,
  user: SessionUser,
  findingId: string,
  version: number,
  action: FindingAction,
) {
  const { finding, decision } = await authorizeFindingChange(tx, user, findingId, version, (f) =>
    decideFinding(action, user, f),
  );
  return { finding, to: decision.to };
}
