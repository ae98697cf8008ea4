// 联合惩戒名单.xlsx: one row per confirmed entry; the credit code is a text cell, and an enterprise without
// one is flagged 缺统一社会信用代码 in that cell (highlighted), never left blank.
import { formatDate } from "@/lib/format";
import { caseStatusLabel } from "@/lib/labels";
import {
  creditCodeCell,
  needsCreditCode,
  PUNISHMENT_HEADINGS,
  type PunishmentRow,
} from "@/lib/punishment/joint-punishment";

import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export async function punishmentWorkbook(title: string, rows: PunishmentRow[]): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "联合惩戒名单");
  ws.columns = [6, 30, 24, 16, 12, 50, 12].map((width) => ({ width }));
  ws.getColumn(3).numFmt = "@"; // text, so Excel never turns a code into a number
  addTitleAndHeadings(ws, title, PUNISHMENT_HEADINGS);
  rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.enterprise,
      creditCodeCell(r),
      r.unit,
      caseStatusLabel[r.statusAtDeadline],
      r.reason,
      formatDate(r.confirmedAt),
    ]);
    if (needsCreditCode(r)) {
      const cell = row.getCell(3);
      cell.font = { bold: true, color: { argb: "FFB91C1C" } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEF3C7" } };
    }
  });
  borderTable(ws);
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
