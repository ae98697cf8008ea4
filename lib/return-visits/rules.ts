// 回访 (docs/domain.md §回访): which accepted cases get a follow-up visit, when, and who records it.
// Sealed lines can be switched back on, so every SEALED elimination is revisited; DISMANTLED ones by a
// stable sample of the cases; closed 低散乱 workshops (关停取缔) by a sample of their own rate. The visit is
// the department's or the office's — not the township that owns the case, which may accompany it.
import { addDays, beijingDay, hasDayCome } from "@/lib/dates";
import type { CaseStatus, Category, Dimension, DisposalPath, Role } from "@/lib/generated/prisma/enums";
import { isClosureOutcome } from "@/lib/licences/handoff";
import { OK, refuse, type Verdict } from "@/lib/verdict";

export type ReturnVisitPolicy = {
  /** Days after acceptance the visit falls due. */
  afterDays: number;
  /** Share of DISMANTLED cases revisited, 0–100. */
  samplePercent: number;
  /** Share of closed 低散乱 workshops (an accepted RECTIFICATION with a 关停/取缔 outcome) revisited, 0–100. */
  closedWorkshopSamplePercent: number;
};

/** A bucket 0–99 from the case id (FNV-1a), so a case stays in or out of the sample whenever it is asked. */
export function sampleBucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

type CaseForSchedule = {
  id: string;
  category: Category;
  status: CaseStatus;
  disposalPath: DisposalPath | null;
  outcome: { name: string } | null;
};

export type ReturnVisitGround = "SEALED" | "DISMANTLED_SAMPLE" | "CLOSED_WORKSHOP_SAMPLE";

/** Why an accepted case is revisited, or null when it is not (not accepted, not sampled, a workshop kept producing). */
export function returnVisitGround(c: CaseForSchedule, policy: ReturnVisitPolicy): ReturnVisitGround | null {
  if (c.status !== "ACCEPTED") return null;
  if (c.category === "ELIMINATION") {
    if (c.disposalPath === "SEALED") return "SEALED";
    return c.disposalPath === "DISMANTLED" && sampleBucket(c.id) < policy.samplePercent ? "DISMANTLED_SAMPLE" : null;
  }
  if (!isClosureOutcome(c.outcome?.name)) return null;
  return sampleBucket(c.id) < policy.closedWorkshopSamplePercent ? "CLOSED_WORKSHOP_SAMPLE" : null;
}

export function needsReturnVisit(c: CaseForSchedule, policy: ReturnVisitPolicy): boolean {
  return returnVisitGround(c, policy) !== null;
}

export type VisitActor = { role: Role; unitId: number | null; leadDimensions: readonly Dimension[] };
export type VisitCase = { unitId: number; category: Category; dimensions: readonly Dimension[] };

/**
 * Who records a 回访: the office, or a department in whose remit the case lies (it leads one of the
 * case's dimensions; 产业政策 leads every elimination). Never a township — not even the owning one, which
 * may accompany the visit (recorded as 陪同人员). A recorded visit is not changed.
 */
export function decideRecordReturnVisit(a: VisitActor, c: VisitCase, recorded: boolean): Verdict {
  if (a.role === "TOWNSHIP") return refuse("回访由牵头部门或区工强办录入，属地镇（乡）街道可陪同");
  if (a.role === "DEPARTMENT") {
    const remit =
      c.dimensions.some((d) => a.leadDimensions.includes(d)) ||
      (c.category === "ELIMINATION" && a.leadDimensions.includes("INDUSTRIAL_POLICY"));
    if (!remit) return refuse("该整治对象不在本部门职责范围内");
  } else if (a.role !== "OFFICE") {
    return refuse("您的账号无权录入回访结果");
  }
  if (recorded) return refuse("该回访已录入，不能修改");
  return OK;
}

/** The calendar day (stored as UTC midnight, like @db.Date) `afterDays` after the Beijing date of acceptance. */
export function returnVisitDueDate(acceptedAt: Date, policy: ReturnVisitPolicy): Date {
  return addDays(beijingDay(acceptedAt), policy.afterDays);
}

/** A visit not yet recorded whose due day has come (Beijing time). */
export function isReturnVisitDue(task: { dueDate: Date; result: unknown }, now: Date): boolean {
  return task.result === null && hasDayCome(task.dueDate, now);
}
