// Enforcement measures on a case (工作要点: 责令改正、限期整改、限制生产、停产整治、责令停业与限期整顿、公告、复查、
// 吊销营业执照、关闭、注销生产许可证，以及质量方面“严厉打击无证违法生产”的查处无证生产): which kinds carry a deadline, who may record one on which case.
import { dayNumber } from "@/lib/dates";
import type { Dimension, MeasureKind, Role } from "@/lib/generated/prisma/enums";

export const MEASURE_KINDS: readonly MeasureKind[] = [
  "ORDER_CORRECTION",
  "RECTIFY_BY_DEADLINE",
  "RESTRICT_PRODUCTION",
  "SUSPEND_PRODUCTION",
  "SUSPEND_BUSINESS",
  "PUBLIC_NOTICE",
  "RECHECK",
  "REVOKE_LICENSE",
  "CLOSURE",
  "CANCEL_PRODUCTION_PERMIT",
  "UNLICENSED_PRODUCTION",
];

/** 限期整改 is the one measure with a deadline (required there, refused elsewhere). */
export function needsDeadline(kind: MeasureKind): boolean {
  return kind === "RECTIFY_BY_DEADLINE";
}

export type MeasureActor = {
  role: Role;
  unitId: number | null;
  departmentId: number | null;
  leadDimensions: readonly Dimension[];
};
export type MeasureCase = { unitId: number; dimensions: readonly Dimension[] };
export type MeasureDraft = {
  kind: MeasureKind;
  dimension: Dimension;
  date: Date;
  deadline: Date | null;
  departmentId: number;
};

export type MeasureDecision = { ok: true; departmentId: number } | { ok: false; reason: string };

/**
 * Who may record a measure on a case: the case's own township (it records what the departments
 * ordered on its territory), a department for the dimensions it leads, and the office. A department's
 * measure is always ordered by itself; the others name the ordering department.
 */
export function decideRecordMeasure(actor: MeasureActor, c: MeasureCase, m: MeasureDraft): MeasureDecision {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  let departmentId = m.departmentId;
  if (actor.role === "TOWNSHIP") {
    if (actor.unitId !== c.unitId) return refuse("只能为本单位的整治对象记录执法措施");
  } else if (ordersOwnMeasures(actor)) {
    if (!actor.leadDimensions.includes(m.dimension)) return refuse("只能记录本部门牵头方面的执法措施");
    if (actor.departmentId === null) return refuse("账号未关联部门");
    departmentId = actor.departmentId;
  } else if (actor.role !== "OFFICE") {
    return refuse("您的账号无权记录执法措施");
  }
  if (!c.dimensions.includes(m.dimension)) return refuse("该整治对象不涉及所选方面，请先在整治信息中勾选该整治方面");
  if (needsDeadline(m.kind)) {
    if (!m.deadline) return refuse("限期整改须填写整改期限");
    if (dayNumber(m.deadline) < dayNumber(m.date)) return refuse("整改期限不能早于措施日期");
  } else if (m.deadline) {
    return refuse("只有限期整改填写整改期限");
  }
  return { ok: true, departmentId };
}

/**
 * The dimensions of a case on which an actor may record measures — what the case page offers;
 * decideRecordMeasure decides each record again: the own township and the office every dimension of
 * the case, a department those it leads.
 */
export function measureDimensions(actor: MeasureActor, c: MeasureCase): Dimension[] {
  if (actor.role === "DEPARTMENT") return c.dimensions.filter((d) => actor.leadDimensions.includes(d));
  if (actor.role === "OFFICE" || (actor.role === "TOWNSHIP" && actor.unitId === c.unitId)) return [...c.dimensions];
  return [];
}

/** Whether an actor may record a measure in this dimension of the case (and attach its documents). */
export function mayRecordMeasure(actor: MeasureActor, c: MeasureCase, dimension: Dimension): boolean {
  return measureDimensions(actor, c).includes(dimension);
}

/** A department's measure is always ordered by itself: the form names no other department for it. */
export function ordersOwnMeasures(actor: Pick<MeasureActor, "role">): boolean {
  return actor.role === "DEPARTMENT";
}
