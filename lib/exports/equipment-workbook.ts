// 淘汰设备清单.xlsx (docs/domain.md §淘汰设备清单): one row per item of equipment with its case, unit and
// enterprise, then the year's totals by 去向 and by capacity unit — the figures computed from the rows.
// Text goes in as text cells (never formulas), so a name starting with "=" stays a name.
import { type EquipmentFields, equipmentTotals, itemTotal } from "@/lib/cases/equipment";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import { formatDate } from "@/lib/format";
import type { CaseStatus, DisposalPath, EvidenceKind } from "@/lib/generated/prisma/enums";
import { caseStatusLabel, disposalPathLabel, equipmentDispositionLabel } from "@/lib/labels";

import { addA4Sheet, addTitleAndHeadings, newWorkbook, THIN_BORDER } from "./xlsx";

export type EquipmentListRow = EquipmentFields & {
  /** The proof; in an evidence archive also its path inside the ZIP (null: not in it). */
  evidence: { kind: EvidenceKind; originalName: string; deletedAt: Date | null; archivePath?: string | null } | null;
  case: {
    id: string;
    status: CaseStatus;
    disposalPath: DisposalPath | null;
    acceptedAt: Date | null;
    unit: { name: string };
    enterprise: { name: string; creditCode: string | null };
  };
};

export const EQUIPMENT_HEADINGS = [
  "序号",
  "单位",
  "企业（作坊）名称",
  "统一社会信用代码",
  "台账编号",
  "处置方式",
  "办理状态",
  "验收日期",
  "设备名称",
  "型号规格",
  "数量（台/套）",
  "单台产能或功率",
  "产能或功率单位",
  "合计产能或功率",
  "去向",
  "转移去向地",
  "证明材料",
];

/** The heading of the totals block under the list (a test and the reader find it by this). */
export const TOTALS_HEADING = "本年度合计";

function proofText(e: NonNullable<EquipmentListRow["evidence"]>, c: EquipmentListRow["case"]): string {
  const named = `${evidenceLabel(e.kind, { category: "ELIMINATION", disposalPath: c.disposalPath })}：${e.originalName}`;
  if (e.deletedAt) return `${named}（已删除）`;
  if (e.archivePath === undefined) return named;
  return e.archivePath ? `${named}（压缩包内：${e.archivePath}）` : `${named}（文件已不在存储中）`;
}

export async function equipmentWorkbook(title: string, rows: readonly EquipmentListRow[]): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "淘汰设备清单");
  ws.columns = [6, 12, 26, 22, 28, 12, 9, 12, 20, 14, 10, 12, 10, 14, 12, 26, 30].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, EQUIPMENT_HEADINGS).alignment = {
    horizontal: "center",
    vertical: "middle",
    wrapText: true,
  };
  rows.forEach((r, i) => {
    const c = r.case;
    ws.addRow([
      i + 1,
      c.unit.name,
      c.enterprise.name,
      c.enterprise.creditCode ?? "",
      c.id,
      c.disposalPath ? disposalPathLabel[c.disposalPath] : "",
      caseStatusLabel[c.status],
      c.acceptedAt ? formatDate(c.acceptedAt) : "",
      r.name,
      r.model,
      r.quantity,
      r.capacity,
      r.capacityUnit,
      itemTotal(r),
      r.disposition ? equipmentDispositionLabel[r.disposition] : "未填去向",
      r.destination ?? "",
      r.evidence ? proofText(r.evidence, c) : "",
    ]);
  });
  if (rows.length === 0) ws.addRow(["", "（暂无设备）"]);
  const lastListRow = ws.rowCount;
  for (let n = 2; n <= lastListRow; n++) {
    ws.getRow(n).eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN_BORDER));
  }

  // The year's totals: every 去向 (zeros too) and every capacity unit, from the rows above.
  const totals = equipmentTotals(rows);
  ws.addRow([]);
  const head = ws.addRow([
    "",
    TOTALS_HEADING,
    `共 ${totals.items} 项，${totals.quantity} 台（套），涉及 ${new Set(rows.map((r) => r.case.id)).size} 个整治对象`,
  ]);
  head.font = { bold: true };
  const sub = (cells: (string | number)[]) => {
    const row = ws.addRow(["", ...cells]);
    row.eachCell({ includeEmpty: false }, (cell) => (cell.border = THIN_BORDER));
    return row;
  };
  sub(["按去向", "项数", "数量（台/套）"]).font = { bold: true };
  for (const d of totals.byDisposition) {
    sub([d.disposition === "NONE" ? "未填去向" : equipmentDispositionLabel[d.disposition], d.items, d.quantity]);
  }
  ws.addRow([]);
  sub(["按产能或功率单位", "项数", "数量（台/套）", "合计产能或功率"]).font = { bold: true };
  for (const u of totals.byCapacityUnit) sub([u.unit, u.items, u.quantity, u.total]);
  if (totals.byCapacityUnit.length === 0) sub(["（无）", 0, 0, 0]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
