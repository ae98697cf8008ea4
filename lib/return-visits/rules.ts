// 回访: which accepted elimination cases get a follow-up visit, and when. Sealed lines can be switched
// back on, so every SEALED case is revisited; DISMANTLED ones by a stable sample of the cases.
import { addDays, beijingDay, hasDayCome } from "@/lib/dates";
import type { CaseStatus, Category, DisposalPath } from "@/lib/generated/prisma/enums";

export type ReturnVisitPolicy = {
  /** Days after acceptance the visit falls due. */
  afterDays: number;
  /** Share of DISMANTLED cases revisited, 0–100. */
  samplePercent: number;
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

type CaseForSchedule = { id: string; category: Category; status: CaseStatus; disposalPath: DisposalPath | null };

export function needsReturnVisit(c: CaseForSchedule, policy: ReturnVisitPolicy): boolean {
  if (c.category !== "ELIMINATION" || c.status !== "ACCEPTED") return false;
  if (c.disposalPath === "SEALED") return true;
  return c.disposalPath === "DISMANTLED" && sampleBucket(c.id) < policy.samplePercent;
}

/** The calendar day (stored as UTC midnight, like @db.Date) `afterDays` after the Beijing date of acceptance. */
export function returnVisitDueDate(acceptedAt: Date, policy: ReturnVisitPolicy): Date {
  return addDays(beijingDay(acceptedAt), policy.afterDays);
}

/** A visit not yet recorded whose due day has come (Beijing time). */
export function isReturnVisitDue(task: { dueDate: Date; result: unknown }, now: Date): boolean {
  return task.result === null && hasDayCome(task.dueDate, now);
}
