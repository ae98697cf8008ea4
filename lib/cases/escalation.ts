// 升级处置 written into the work plan (docs/domain.md §升级处置): 能耗 — 限期整改 → 逾期未整改或经整改仍未达标 → 依法关停退出;
// 环保、安全 — 停产整治 / 责令停业整顿 → 经停产停业整顿仍不具备条件 → 予以关闭. The office or the lead department of
// that dimension records the step with a reason; the case's outcome becomes closure.
import { isOverdue, OPEN_STATUSES, type OverdueInput } from "@/lib/cases/overdue";
import { dayNumber } from "@/lib/dates";
import type { CaseStatus, Dimension, MeasureKind, Role } from "@/lib/generated/prisma/enums";
import { OK, refuse, type Verdict } from "@/lib/verdict";

export const ESCALATION_DIMENSIONS: readonly Dimension[] = ["ENERGY", "ENVIRONMENT", "SAFETY"];

/** What the escalation means, in the work plan's words. */
export const escalationPath: Partial<Record<Dimension, string>> = {
  ENERGY: "逾期未整改或经整改仍未达标，依法关停退出",
  ENVIRONMENT: "经停产停业整顿仍不具备条件，予以关闭",
  SAFETY: "经停产停业整顿仍不具备条件，予以关闭",
};

/** The 整治提升 outcome category an escalated RECTIFICATION case gets (created if missing). */
export const CLOSURE_OUTCOME_NAME = "关停淘汰";

export type EscalationActor = { role: Role; unitId: number | null; leadDimensions: readonly Dimension[] };
export type EscalationCase = OverdueInput & { status: CaseStatus; unitId: number; dimensions: readonly Dimension[] };
export type EscalationMeasure = {
  kind: MeasureKind;
  dimension: Dimension;
  date: Date;
  deadline: Date | null;
  escalation: boolean;
};

const SUSPENSIONS: readonly MeasureKind[] = ["SUSPEND_PRODUCTION", "SUSPEND_BUSINESS"];

export function decideEscalation(
  actor: EscalationActor,
  c: EscalationCase,
  measures: readonly EscalationMeasure[],
  dimension: Dimension,
  now: Date,
): Verdict {
  if (!ESCALATION_DIMENSIONS.includes(dimension)) return refuse("只有能耗、环保、安全方面可以升级处置为关停");
  const mayAct = actor.role === "OFFICE" || (actor.role === "DEPARTMENT" && actor.leadDimensions.includes(dimension));
  if (!mayAct || actor.unitId === c.unitId) return refuse("只有区工强办或该方面的牵头部门可以升级处置");
  if (!c.dimensions.includes(dimension)) return refuse("该整治对象不涉及所选方面");
  if (measures.some((m) => m.escalation)) return refuse("该整治对象已升级处置");
  if (!OPEN_STATUSES.includes(c.status)) return refuse("已上报或已验收的整治对象不能升级处置");
  const inDimension = measures.filter((m) => m.dimension === dimension);
  if (dimension === "ENERGY") {
    const orders = inDimension.filter((m) => m.kind === "RECTIFY_BY_DEADLINE");
    if (orders.length === 0) return refuse("能耗方面须先记录限期整改");
    const lastOrder = Math.max(...orders.map((m) => dayNumber(m.date)));
    const rechecked = inDimension.some((m) => m.kind === "RECHECK" && dayNumber(m.date) >= lastOrder);
    if (!isOverdue(c, now) && !rechecked) return refuse("限期整改尚未逾期，也没有整改后复查记录（经整改仍未达标）");
    return OK;
  }
  if (!inDimension.some((m) => SUSPENSIONS.includes(m.kind))) return refuse("须先记录停产整治或责令停业与限期整顿");
  return OK;
}
