// T9 “区发改局、区经信局按职责分别牵头” (docs/domain.md §任务线): an item of the 发改委 《产业结构调整指导目录》 goes
// to 区发改局, a 工业和信息化部 industry-policy item to 区经信局. The case's policy basis therefore decides which
// department reviews its 产业政策 side and on whose part of T9 it counts; the office may correct the assignment.
import type { Dimension, PolicyIssuer, Role } from "@/lib/generated/prisma/enums";

/** The department (by its code, prisma/seed-data.ts DEPARTMENTS) that answers for each issuer's items. */
export const ISSUER_DEPARTMENT_CODE: Record<PolicyIssuer, string> = {
  NDRC_CATALOGUE: "FGJ",
  MIIT: "JXJ",
};

/** The department code a basis assigns its cases to; null for a basis that is no 产业政策 item (or none). */
export function policyDepartmentCode(issuer: PolicyIssuer | null | undefined): string | null {
  return issuer ? ISSUER_DEPARTMENT_CODE[issuer] : null;
}

/**
 * The department a case's 产业政策 side belongs to after its basis changed: an office correction stays,
 * otherwise the basis's issuer decides (null when the basis names none).
 */
export function nextPolicyDepartment(
  c: { policyDepartmentId: number | null; policyDepartmentCorrectedAt: Date | null },
  fromBasis: number | null,
): number | null {
  return c.policyDepartmentCorrectedAt ? c.policyDepartmentId : fromBasis;
}

/**
 * Whether a department reviews a case on its 产业政策 side: it leads 产业政策 and either the case is assigned
 * to it or no department is assigned yet (a basis that names no issuer: every 产业政策 lead, as before).
 */
export function reviewsPolicySide(
  actor: { departmentId?: number | null; leadDimensions: readonly Dimension[] },
  c: { dimensions: readonly Dimension[]; policyDepartmentId?: number | null },
): boolean {
  if (!c.dimensions.includes("INDUSTRIAL_POLICY") || !actor.leadDimensions.includes("INDUSTRIAL_POLICY")) return false;
  const assigned = c.policyDepartmentId ?? null;
  return assigned === null || assigned === actor.departmentId;
}

export type CorrectionDecision = { ok: true } | { ok: false; reason: string };

/**
 * The office's correction of a case's T9 department: an 淘汰 case, to one of T9's lead departments, a
 * change, with a reason.
 */
export function decidePolicyDepartmentCorrection(
  actor: { role: Role },
  c: { category: string; policyDepartmentId: number | null },
  to: number,
  t9LeadIds: readonly number[],
  reason: string,
): CorrectionDecision {
  if (actor.role !== "OFFICE") return { ok: false, reason: "只有区工强办可以调整产业政策牵头部门" };
  if (c.category !== "ELIMINATION") return { ok: false, reason: "只有淘汰落后产能企业计入产业政策重点工作任务（T9）" };
  if (!t9LeadIds.includes(to)) return { ok: false, reason: "请选择T9的牵头部门（区发改局或区经信局）" };
  if (c.policyDepartmentId === to) return { ok: false, reason: "该整治对象已由所选部门负责，无需调整" };
  if (reason.trim() === "") return { ok: false, reason: "请填写调整理由" };
  return { ok: true };
}
