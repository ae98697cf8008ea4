// 联合惩戒: after the campaign deadline every case not accepted is listed for the credit-information
// platform, with the reason; the export keeps the credit code as text.
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";
import { caseStatusLabel, categoryLabel } from "@/lib/labels";

/** The list opens the day after the deadline (Beijing time). */
export function isAfterDeadline(deadline: Date, now: Date): boolean {
  return beijingDayNumber(now) > dayNumber(deadline);
}

/** Why a case is listed, e.g. “淘汰落后产能逾期未通过验收（截止时状态：整治中）；退回理由：…”. */
export function punishmentReason(c: { category: Category; status: CaseStatus; lastReturnReason: string | null }): string {
  const base = `${categoryLabel[c.category]}逾期未通过验收（当前状态：${caseStatusLabel[c.status]}）`;
  return c.status === "RETURNED" && c.lastReturnReason ? `${base}；退回理由：${c.lastReturnReason}` : base;
}

export type PunishmentRow = { enterprise: string; creditCode: string | null; unit: string; reason: string; confirmedAt: Date };

export const PUNISHMENT_HEADINGS = ["序号", "企业（作坊）名称", "统一社会信用代码", "所属镇（乡）街道", "列入理由", "确认日期"];

/** One CSV field: quoted (RFC 4180); text a spreadsheet would run as a formula is neutralised with a leading '. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The list as CSV for the credit-information platform: UTF-8 with BOM (Excel reads the Chinese), CRLF,
 * and the credit code written as ="…" so spreadsheet programs keep it as text (no 1.2E+17, no lost letters).
 */
export function punishmentCsv(rows: PunishmentRow[], formatDate: (d: Date) => string): string {
  const lines = [PUNISHMENT_HEADINGS.map(csvField).join(",")];
  rows.forEach((r, i) => {
    const code = r.creditCode ? `="${r.creditCode}"` : '""';
    lines.push([csvField(String(i + 1)), csvField(r.enterprise), code, csvField(r.unit), csvField(r.reason), csvField(formatDate(r.confirmedAt))].join(","));
  });
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
