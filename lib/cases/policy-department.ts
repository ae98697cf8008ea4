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
 * The department a case's 产业政策 side belongs to after an edit: an office correction stays; a new basis
 * (`basisChanged`) brings its issuer's department (null when the basis names none); an edit that keeps the
 * basis keeps the recorded department — even when the office has since changed that basis's issuer.
 */
export function nextPolicyDepartment(
  c: { policyDepartmentId: number | null; policyDepartmentCorrectedAt: Date | null },
  fromBasis: number | null,
  basisChanged = true,
): number | null {
  return c.policyDepartmentCorrectedAt || !basisChanged ? c.policyDepartmentId : fromBasis;
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

/**
 * The office's change of a basis's issuer (工作设置): only the office, and only a change. It decides the
 * department of the cases registered (or given this basis) from then on; the cases already recorded keep
 * theirs — the office corrects one of those on the case page (decidePolicyDepartmentCorrection).
 */
export function decideIssuerChange(
  actor: { role: Role },
  from: PolicyIssuer | null,
  to: PolicyIssuer | null,
): CorrectionDecision {
  if (actor.role !== "OFFICE") return { ok: false, reason: "只有区工强办可以修改政策依据的发布机关" };
  if (from === to) return { ok: false, reason: "发布机关未改变" };
  return { ok: true };
}

/**
 * What the office confirms before changing a basis's issuer: which department will review the 产业政策 side of
 * future cases with this basis (and count them on its part of T9), and that the `recorded` cases already
 * registered with it keep their department. `departments`: the name of each issuer's department.
 */
export function issuerChangeNotice(
  basis: string,
  to: PolicyIssuer | null,
  departments: Record<PolicyIssuer, string>,
  recorded: number,
): string {
  const future = to
    ? `今后登记或改选“${basis}”的淘汰落后产能企业，其产业政策方面由${departments[to]}审核，并计入${departments[to]}的T9分项`
    : `今后登记或改选“${basis}”的淘汰落后产能企业不再作为产业政策条目，不计入T9，产业政策方面不指定审核部门`;
  const kept =
    recorded > 0
      ? `已登记的 ${recorded} 个整治对象仍由原记录的部门负责；如需改由其他部门负责，请在整治对象页面的“产业政策牵头部门（T9）”中逐个更正。`
      : "目前没有使用该依据的整治对象。";
  return `${future}。${kept}`;
}
