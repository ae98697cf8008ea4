// index.xlsx of an evidence archive: one row per file, where it is in the ZIP and how to check it (sha256).
import type { ArchiveFile } from "@/lib/archive/archive-layout";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import { formatDateTime } from "@/lib/format";
import { categoryLabel } from "@/lib/labels";

import { addA4Sheet, addTitleAndHeadings, newWorkbook } from "./xlsx";

export const ARCHIVE_INDEX_HEADINGS = [
  "序号",
  "单位",
  "企业（作坊）名称",
  "统一社会信用代码",
  "台账编号",
  "类别",
  "材料类别",
  "原文件名",
  "压缩包内路径",
  "大小（字节）",
  "SHA-256",
  "拍摄时间",
  "上传时间",
  "备注",
];

export async function archiveIndexWorkbook(
  title: string,
  files: readonly ArchiveFile[],
  paths: readonly string[],
  missing: ReadonlySet<number>,
): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "材料清单");
  ws.columns = [6, 14, 28, 22, 28, 16, 20, 28, 50, 12, 66, 18, 18, 16].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, ARCHIVE_INDEX_HEADINGS);
  files.forEach((f, i) => {
    ws.addRow([
      i + 1,
      f.unit,
      f.enterprise,
      f.creditCode ?? "",
      f.caseId,
      categoryLabel[f.category],
      evidenceLabel(f.kind, f),
      f.originalName,
      missing.has(i) ? "" : paths[i],
      f.size,
      f.sha256,
      f.capturedAt ? formatDateTime(f.capturedAt) : "",
      formatDateTime(f.uploadedAt),
      missing.has(i) ? "文件已不在存储中" : "",
    ]);
  });
  if (files.length === 0) ws.addRow(["", "（暂无佐证材料）"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
