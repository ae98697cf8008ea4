// 监督检查 (docs/domain.md §督办): who may plan, record, answer and close, and when — decided from the actor and the
// round or finding alone. The server applies the user's scope first (server/inspections/scope.ts) and
// then asks these rules; the pages ask them too, only to show buttons.
import { createHash } from "node:crypto";

import { beijingDayNumber, dayNumber } from "@/lib/dates";
import type { FindingFileRole, FindingStatus, Role } from "@/lib/generated/prisma/enums";
import { MAX_ROUND_DAYS } from "@/lib/inspections/limits";
import { OK, refuse, type Verdict } from "@/lib/verdict";

export type InspectionActor = { role: Role; unitId: number | null; departmentId: number | null };
export type Decision = { ok: true; to: FindingStatus } | { ok: false; reason: string };

/** The latest due date of a finding, in days after it is recorded. */
export const MAX_DUE_DAYS = 366;

/** A round's date range: the end not before the start, at most MAX_ROUND_DAYS long. */
export function checkRoundDates(start: Date, end: Date): Verdict {
  const days = dayNumber(end) - dayNumber(start) + 1;
  if (days < 1) return refuse("结束日期不能早于开始日期");
  if (days > MAX_ROUND_DAYS) return refuse(`一次检查最长 ${MAX_ROUND_DAYS} 天`);
  return OK;
}

/** Whether a round has started by `now` (its first day has come, Beijing time). */
export function hasRoundStarted(round: { startDate: Date }, now: Date): boolean {
  return dayNumber(round.startDate) <= beijingDayNumber(now);
}

/** The office changes a round (dates, units, departments, checklist, sample) only before its first day. */
export function checkRoundEditable(actor: InspectionActor, round: { startDate: Date }, now: Date): Verdict {
  if (actor.role !== "OFFICE") return refuse("只有区工强办可以修改检查计划");
  if (hasRoundStarted(round, now)) return refuse("检查已开始，计划不能再修改");
  return OK;
}

/**
 * Who records a finding in a round: the office, and a department taking part in it — once the round has
 * started, on one of the round's units.
 */
export function checkMayRecord(
  actor: InspectionActor,
  round: { startDate: Date; departmentIds: readonly number[]; unitIds: readonly number[] },
  unitId: number,
  now: Date,
): Verdict {
  if (!isRoundParticipant(actor, round.departmentIds)) return refuse("只有区工强办和参加本次检查的部门可以记录问题");
  if (!hasRoundStarted(round, now)) return refuse("检查尚未开始，不能记录问题");
  if (!round.unitIds.includes(unitId)) return refuse("该单位不在本次检查范围内");
  return OK;
}

/** Who takes part in a round: the office, and the departments it names. */
export function isRoundParticipant(actor: InspectionActor, departmentIds: readonly number[]): boolean {
  return (
    actor.role === "OFFICE" ||
    (actor.role === "DEPARTMENT" && actor.departmentId !== null && departmentIds.includes(actor.departmentId))
  );
}

/** A finding's files of one side: the recorder's photos and material, or the unit's 整改证据. */
export function filesOfRole<F extends { role: FindingFileRole }>(files: readonly F[], role: FindingFileRole): F[] {
  return files.filter((f) => f.role === role);
}

/** A finding's 整改期限: after the day it is recorded (Beijing), within MAX_DUE_DAYS. */
export function checkDueDate(due: Date, now: Date): Verdict {
  const ahead = dayNumber(due) - beijingDayNumber(now);
  if (ahead < 1) return refuse("整改期限应晚于今天");
  if (ahead > MAX_DUE_DAYS) return refuse(`整改期限最长为 ${MAX_DUE_DAYS} 天`);
  return OK;
}

/** Whether an open finding's due day has passed (Beijing time) — shown as 逾期. */
export function isFindingOverdue(finding: { status: FindingStatus; dueDate: Date }, now: Date): boolean {
  return finding.status === "OPEN" && dayNumber(finding.dueDate) < beijingDayNumber(now);
}

export type FindingAction = "ANSWER" | "CLOSE" | "SEND_BACK";

const FROM: Record<FindingAction, FindingStatus> = { ANSWER: "OPEN", CLOSE: "ANSWERED", SEND_BACK: "ANSWERED" };
const TO: Record<FindingAction, FindingStatus> = { ANSWER: "ANSWERED", CLOSE: "CLOSED", SEND_BACK: "OPEN" };
const STATE_REFUSAL: Record<FindingAction, string> = {
  ANSWER: "该问题已答复或已销号，不能再答复",
  CLOSE: "只有单位已答复的问题才能销号",
  SEND_BACK: "只有单位已答复的问题才能退回",
};

/**
 * The finding's lifecycle: 待整改 (OPEN) → the unit answers → 已答复 (ANSWERED) → the office closes it
 * (已销号) or sends it back (待整改 again). The unit answers only its own findings; only the office closes.
 */
export function decideFinding(
  action: FindingAction,
  actor: InspectionActor,
  finding: { status: FindingStatus; unitId: number },
): Decision {
  const allowed =
    action === "ANSWER" ? actor.role === "TOWNSHIP" && actor.unitId === finding.unitId : actor.role === "OFFICE";
  if (!allowed)
    return { ok: false, reason: action === "ANSWER" ? "只有被检查单位可以答复整改情况" : "只有区工强办可以销号或退回" };
  if (finding.status !== FROM[action]) return { ok: false, reason: STATE_REFUSAL[action] };
  return { ok: true, to: TO[action] };
}

/** Who adds files to a finding now: photos and documents (FINDING) by its recorder — the office or its department — while open; evidence (ANSWER) by the unit while open. */
export function fileRoleFor(
  actor: InspectionActor,
  finding: { status: FindingStatus; unitId: number; departmentId: number | null },
): "FINDING" | "ANSWER" | null {
  if (finding.status !== "OPEN") return null;
  if (actor.role === "TOWNSHIP") return actor.unitId === finding.unitId ? "ANSWER" : null;
  if (actor.role === "OFFICE") return "FINDING";
  if (actor.role === "DEPARTMENT")
    return actor.departmentId !== null && actor.departmentId === finding.departmentId ? "FINDING" : null;
  return null;
}

/**
 * Who removes a file of a finding (a wrong photo, the wrong document): whoever may add that kind of file
 * now (fileRoleFor), as long as the unit has not answered since it was uploaded — what an answer or its
 * review was based on stays. The row is kept, hidden.
 */
export function checkMayRemoveFile(
  actor: InspectionActor,
  finding: { status: FindingStatus; unitId: number; departmentId: number | null; answeredAt: Date | null },
  file: { role: "FINDING" | "ANSWER"; createdAt: Date },
): Verdict {
  if (finding.status !== "OPEN") return refuse("该问题已答复或已销号，文件不能再删除");
  if (fileRoleFor(actor, finding) !== file.role)
    return refuse(
      file.role === "ANSWER" ? "只有被检查单位可以删除整改证据" : "只有记录问题的一方可以删除检查照片、材料",
    );
  if (finding.answeredAt && file.createdAt <= finding.answeredAt) return refuse("该文件已随答复提交，不能删除");
  return OK;
}

/**
 * A finding on an accepted case may reopen it — the office's decision, under the case's own REOPEN rule
 * (lib/cases/workflow.ts) — once per finding, while the finding is not yet closed.
 */
export function checkMayReopenCase(
  actor: InspectionActor,
  finding: { status: FindingStatus; caseId: string | null; reopenedCaseAt: Date | null },
): Verdict {
  if (actor.role !== "OFFICE") return refuse("只有区工强办可以据此撤销验收");
  if (!finding.caseId) return refuse("该问题不涉及具体整治对象");
  if (finding.reopenedCaseAt) return refuse("已据此问题撤销过该整治对象的验收");
  if (finding.status === "CLOSED") return refuse("问题已销号");
  return OK;
}

/**
 * The sample of a round: for each unit, `size` of its accepted cases, in an order fixed by the round's
 * seed (sha256 of seed and case id) — random-looking, the same on every draw for the same seed and cases.
 */
export function drawSample<C extends { id: string; unitId: number }>(
  cases: readonly C[],
  unitIds: readonly number[],
  size: number,
  seed: string,
): C[] {
  if (size <= 0) return [];
  const rank = (id: string) => createHash("sha256").update(`${seed}:${id}`).digest("hex");
  return unitIds.flatMap((unitId) =>
    cases
      .filter((c) => c.unitId === unitId)
      .map((c) => ({ c, r: rank(c.id) }))
      .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
      .slice(0, size)
      .map(({ c }) => c),
  );
}
