// 联合惩戒: after the campaign deadline every case not accepted is listed for the credit-information
// platform, with the reason; the export keeps the credit code as text.
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";
import { caseStatusLabel, categoryLabel } from "@/lib/labels";

/** The list opens the day after the deadline (Beijing time). */
export function isAfterDeadline(deadline: Date, now: Date): boolean {
  return beijingDayNumber(now) > dayNumber(deadline);
}

// Each case is judged by its state at the deadline, kept once as a snapshot (docs/domain.md §联合惩戒):
// the plan lists enterprises that did not complete 按期, and completion is acceptance — so every case not
// accepted by the deadline is listed, whether it was then submitted, returned or still open, with that
// state; it stays listed, marked 逾期完成, once it is accepted later.

/** The one state that counts as "completed by the deadline". */
export const COMPLETED_AT_DEADLINE: readonly CaseStatus[] = ["ACCEPTED"];

/** Whether the snapshot should be taken now: the deadline has passed and it was not taken yet. */
export function shouldTakeSnapshot(deadline: Date, now: Date, taken: boolean): boolean {
  return !taken && isAfterDeadline(deadline, now);
}

/** A 联合惩戒 candidate: not accepted by the deadline (its state in the snapshot, or now while provisional). */
export function isPunishmentCandidate(statusAtDeadline: CaseStatus): boolean {
  return !COMPLETED_AT_DEADLINE.includes(statusAtDeadline);
}

export type CandidateStanding = "UNFINISHED" | "FINISHED_LATE";

/** A listed case accepted since the deadline is 逾期完成; otherwise still 逾期未完成. */
export function candidateStanding(currentStatus: CaseStatus): CandidateStanding {
  return currentStatus === "ACCEPTED" ? "FINISHED_LATE" : "UNFINISHED";
}

/**
 * Why a case is listed, e.g. “淘汰落后产能截止日未完成验收（截止时状态：退回）；退回理由：…”, with “；已逾期完成”
 * once accepted later.
 */
export function punishmentReason(c: {
  category: Category;
  statusAtDeadline: CaseStatus;
  status: CaseStatus;
  lastReturnReason: string | null;
}): string {
  const base = `${categoryLabel[c.category]}截止日未完成验收（截止时状态：${caseStatusLabel[c.statusAtDeadline]}）`;
  const returned =
    c.statusAtDeadline === "RETURNED" && c.lastReturnReason ? `${base}；退回理由：${c.lastReturnReason}` : base;
  return candidateStanding(c.status) === "FINISHED_LATE" ? `${returned}；已逾期完成` : returned;
}

export type PunishmentRow = {
  enterprise: string;
  creditCode: string | null;
  unit: string;
  /** The case's state on the deadline day (the snapshot). */
  statusAtDeadline: CaseStatus;
  reason: string;
  confirmedAt: Date;
};

/** What the export writes where an enterprise has no credit code: a flag for completion, never a blank cell. */
export const MISSING_CREDIT_CODE = "缺统一社会信用代码";

/** An entry that cannot go to the credit-information platform as it is: the enterprise's credit code is to be completed. */
export function needsCreditCode(row: { creditCode: string | null }): boolean {
  return !row.creditCode?.trim();
}

/** The credit-code cell of the export: the code, or the 缺统一社会信用代码 flag. */
export function creditCodeCell(row: { creditCode: string | null }): string {
  return needsCreditCode(row) ? MISSING_CREDIT_CODE : row.creditCode!.trim();
}

/** How many entries still lack a credit code. */
export function countMissingCreditCodes(rows: readonly { creditCode: string | null }[]): number {
  return rows.filter(needsCreditCode).length;
}

export const PUNISHMENT_HEADINGS = [
  "序号",
  "企业（作坊）名称",
  "统一社会信用代码",
  "所属镇（乡）街道",
  "截止日状态",
  "列入理由",
  "确认日期",
];

/** One CSV field: quoted (RFC 4180); text a spreadsheet would run as a formula is neutralised with a leading '. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The list as CSV for the credit-information platform: UTF-8 with BOM (Excel reads the Chinese), CRLF,
 * and the credit code written as ="…" so spreadsheet programs keep it as text (no 1.2E+17, no lost letters);
 * an enterprise without one carries the 缺统一社会信用代码 flag in that cell, never a blank.
 */
export function punishmentCsv(rows: PunishmentRow[], formatDate: (d: Date) => string): string {
  const lines = [PUNISHMENT_HEADINGS.map(csvField).join(",")];
  rows.forEach((r, i) => {
    const code = needsCreditCode(r) ? csvField(MISSING_CREDIT_CODE) : `="${creditCodeCell(r)}"`;
    lines.push(
      [
        csvField(String(i + 1)),
        csvField(r.enterprise),
        code,
        csvField(r.unit),
        csvField(caseStatusLabel[r.statusAtDeadline]),
        csvField(r.reason),
        csvField(formatDate(r.confirmedAt)),
      ].join(","),
    );
  });
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
