// The case lifecycle (docs/domain.md §案件流程): 已登记 → 推进中 → 已上报 → 已验收 | 已退回 → 已上报 …
// Who may do what to a case, decided from the actor and the case alone. Submission is further gated
// by the evidence rules (requirements.ts); a registered case has no evidence yet, so in practice it
// reaches 已上报 only through 推进中 (the first upload or edit starts the work).
import { reviewsPolicySide } from "@/lib/cases/policy-department";
import type { CaseStatus, Category, Dimension, Role } from "@/lib/generated/prisma/enums";
import { decideRecordReturnVisit } from "@/lib/return-visits/rules";

export type CaseAction = "START" | "EDIT" | "SUBMIT" | "ACCEPT" | "RETURN" | "REOPEN";

export type Actor = {
  role: Role;
  unitId: number | null;
  leadDimensions: readonly Dimension[];
  departmentId?: number | null;
};
export type CaseState = {
  status: CaseStatus;
  unitId: number;
  dimensions: readonly Dimension[];
  /** T9: the department the 产业政策 side belongs to (lib/cases/policy-department.ts); null = any 产业政策 lead. */
  policyDepartmentId?: number | null;
};

export type Decision = { ok: true; to: CaseStatus } | { ok: false; reason: string };

const FROM: Record<CaseAction, readonly CaseStatus[]> = {
  START: ["REGISTERED"],
  EDIT: ["REGISTERED", "IN_PROGRESS", "RETURNED"],
  SUBMIT: ["REGISTERED", "IN_PROGRESS", "RETURNED"],
  ACCEPT: ["SUBMITTED"],
  RETURN: ["SUBMITTED"],
  REOPEN: ["ACCEPTED"],
};

const TO: Record<CaseAction, CaseStatus | null> = {
  START: "IN_PROGRESS",
  EDIT: null, // stays, except that the first change to a registered case starts the work
  SUBMIT: "SUBMITTED",
  ACCEPT: "ACCEPTED",
  RETURN: "RETURNED",
  REOPEN: "IN_PROGRESS",
};

const STATE_REFUSAL: Record<CaseAction, string> = {
  START: "该整治对象已开始整治",
  EDIT: "整治对象已上报或已验收，不能再修改；如需修改请等待退回",
  SUBMIT: "该整治对象当前状态不能上报",
  ACCEPT: "只有已上报的整治对象才能验收",
  RETURN: "只有已上报的整治对象才能退回",
  REOPEN: "只有已验收的整治对象才能撤销验收",
};

/** The officer of the case's own unit. */
export function isOwnUnit(actor: Actor, c: CaseState): boolean {
  return actor.role === "TOWNSHIP" && actor.unitId === c.unitId;
}

/**
 * 区工强办, or a department leading one of the case's dimensions — never the case's own unit. On 产业政策
 * only the department the policy basis assigns (区发改局 or 区经信局, lib/cases/policy-department.ts).
 */
export function isReviewer(actor: Actor, c: CaseState): boolean {
  if (actor.unitId === c.unitId) return false;
  if (actor.role === "OFFICE") return true;
  if (actor.role !== "DEPARTMENT") return false;
  return (
    c.dimensions.some((d) => d !== "INDUSTRIAL_POLICY" && actor.leadDimensions.includes(d)) ||
    reviewsPolicySide(actor, c)
  );
}

function allowedActor(action: CaseAction, actor: Actor, c: CaseState): boolean {
  switch (action) {
    case "START":
    case "EDIT":
    case "SUBMIT":
      return isOwnUnit(actor, c);
    case "ACCEPT":
    case "RETURN":
      return isReviewer(actor, c);
    case "REOPEN":
      return actor.role === "OFFICE" && actor.unitId !== c.unitId;
  }
}

/** A change to an open case (its details, its evidence, an escalation) starts a registered case; any other state stays. */
export function statusAfterChange(status: CaseStatus): CaseStatus {
  return status === "REGISTERED" ? "IN_PROGRESS" : status;
}

export function decide(action: CaseAction, actor: Actor, c: CaseState): Decision {
  if (!allowedActor(action, actor, c)) return { ok: false, reason: "您的账号无权对该整治对象执行此操作" };
  if (!FROM[action].includes(c.status)) return { ok: false, reason: STATE_REFUSAL[action] };
  return { ok: true, to: TO[action] ?? statusAfterChange(c.status) };
}

/** Actions a user can take now, for showing buttons; the server decides again on every request. */
export function availableActions(actor: Actor, c: CaseState): CaseAction[] {
  return (Object.keys(FROM) as CaseAction[]).filter((a) => decide(a, actor, c).ok);
}

/** Returns and reopenings must say why. */
export function needsReason(action: CaseAction): boolean {
  return action === "RETURN" || action === "REOPEN";
}

/**
 * 回访 found production resumed (死灰复燃): whoever may record the visit (the office or a department in
 * whose remit the case lies, lib/return-visits/rules.ts) reports it and the case reopens exactly as the
 * office's REOPEN would (same states), so it counts as not accepted again.
 */
export function decideRelapse(actor: Actor, c: CaseState & { category: Category }): Decision {
  const may = decideRecordReturnVisit(actor, c, false);
  if (!may.ok) return may;
  if (!FROM.REOPEN.includes(c.status)) return { ok: false, reason: STATE_REFUSAL.REOPEN };
  return { ok: true, to: TO.REOPEN! };
}
