// 审计日志.xlsx: one row per audited change (Beijing time), with the changed fields as "标签：前 → 后" lines.
import { auditDiffText, entityLabel } from "@/lib/audit/diff";
import { formatDateTime } from "@/lib/format";
import { auditActionName } from "@/lib/labels";

import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export const AUDIT_HEADINGS = [
  "时间",
  "账号",
  "姓名",
  "单位/部门",
  "操作",
  "记录类别",
  "记录编号",
  "变更内容（前 → 后）",
];

export type AuditExportRow = {
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actor: {
    username: string;
    displayName: string;
    unit: { name: string } | null;
    department: { name: string } | null;
  } | null;
};

/** `note` (e.g. "仅导出前 20000 条") goes under the title when the selection was cut. */
export async function auditWorkbook(title: string, rows: AuditExportRow[], note?: string): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "审计日志");
  ws.columns = [18, 14, 12, 16, 26, 14, 28, 60].map((width) => ({ width }));
  addTitleAndHeadings(ws, note ? `${title}（${note}）` : title, AUDIT_HEADINGS);
  for (const r of rows) {
    ws.addRow([
      formatDateTime(r.createdAt),
      r.actor?.username ?? "系统",
      r.actor?.displayName ?? "",
      r.actor?.unit?.name ?? r.actor?.department?.name ?? "",
      auditActionName(r.action),
      entityLabel(r.entity),
      r.entityId,
      auditDiffText(r.before, r.after, r.entity),
    ]);
  }
  borderTable(ws, "top");
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
