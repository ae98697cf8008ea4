// 监督检查问题清单.xlsx: one row per finding — the round, the unit (and case), who recorded it, the
// problem and 整改要求, the dates, the state (past due marked), the unit's answer and the office's note.
import { formatDate } from "@/lib/format";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { isFindingOverdue } from "@/lib/inspections/rules";
import { findingStatusLabel } from "@/lib/labels";

import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export type FindingExportRow = {
  round: { title: string };
  unit: { name: string };
  case: { enterprise: { name: string } } | null;
  department: { name: string } | null;
  problem: string;
  requirement: string;
  recordedAt: Date;
  dueDate: Date;
  status: FindingStatus;
  answer: string | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  officeNote: string | null;
};

export const FINDING_HEADINGS = [
  "序号",
  "检查",
  "单位",
  "整治对象（企业）",
  "记录方",
  "发现的问题",
  "整改要求",
  "记录日期",
  "整改期限",
  "状态",
  "答复日期",
  "整改情况答复",
  "销号日期",
  "区工强办意见",
];

/** The state as the list shows it, with 逾期 when the due day has passed and the finding is still open. */
export function findingStateText(f: { status: FindingStatus; dueDate: Date }, now: Date): string {
  return findingStatusLabel[f.status] + (isFindingOverdue(f, now) ? "（逾期）" : "");
}

export async function findingsWorkbook(title: string, rows: FindingExportRow[], now: Date): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "监督检查问题");
  ws.columns = [6, 24, 12, 22, 14, 36, 30, 12, 12, 12, 12, 30, 12, 24].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, FINDING_HEADINGS);
  rows.forEach((f, i) =>
    ws.addRow([
      i + 1,
      f.round.title,
      f.unit.name,
      f.case?.enterprise.name ?? "（针对单位）",
      f.department?.name ?? "区工强办",
      f.problem,
      f.requirement,
      formatDate(f.recordedAt),
      formatDate(f.dueDate),
      findingStateText(f, now),
      f.answeredAt ? formatDate(f.answeredAt) : "",
      f.answer ?? "",
      f.closedAt ? formatDate(f.closedAt) : "",
      f.officeNote ?? "",
    ]),
  );
  borderTable(ws, "top");
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
