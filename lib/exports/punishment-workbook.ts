// 联合惩戒名单.xlsx: one row per confirmed entry; the credit code is a text cell.
import { formatDate } from "@/lib/format";
import { PUNISHMENT_HEADINGS, type PunishmentRow } from "@/lib/punishment/joint-punishment";

import { addA4Sheet, addTitleAndHeadings, borderTable, newWorkbook } from "./xlsx";

export async function punishmentWorkbook(title: string, rows: PunishmentRow[]): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "联合惩戒名单");
  ws.columns = [6, 30, 24, 16, 50, 12].map((width) => ({ width }));
  ws.getColumn(3).numFmt = "@"; // text, so Excel never turns a code into a number
  addTitleAndHeadings(ws, title, PUNISHMENT_HEADINGS);
  rows.forEach((r, i) =>
    ws.addRow([i + 1, r.enterprise, r.creditCode ?? "", r.unit, r.reason, formatDate(r.confirmedAt)]),
  );
  borderTable(ws);
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
