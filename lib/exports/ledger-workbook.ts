// 台账: one row per case, as the office keeps it.
import { formatDate } from "@/lib/format";
import type { CaseStatus, Category, DisposalPath, Industry, ReviewDecision } from "@/lib/generated/prisma/enums";
import { caseStatusLabel, categoryLabel, disposalPathLabel, industryLabel, reviewDecisionLabel } from "@/lib/labels";

import { addA4Sheet, addTitleAndHeadings, newWorkbook, THIN_BORDER } from "./xlsx";

export type LedgerCase = {
  category: Category;
  disposalPath: DisposalPath | null;
  status: CaseStatus;
  createdAt: Date;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  unit: { name: string };
  enterprise: { name: string; creditCode: string | null; industry: Industry };
  outcome: { name: string } | null;
  _count: { evidence: number };
  reviews: { decision: ReviewDecision; createdAt: Date; reviewer: { displayName: string } }[];
};

const LEDGER_HEADINGS = [
  "序号",
  "单位",
  "企业（作坊）名称",
  "统一社会信用代码",
  "行业",
  "类别",
  "处置方式 / 整治结果",
  "状态",
  "登记日期",
  "上报日期",
  "验收日期",
  "佐证材料（份）",
  "审核人",
  "审核结论",
  "审核日期",
];

export async function ledgerWorkbook(title: string, cases: LedgerCase[]): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = addA4Sheet(wb, "台账");
  ws.columns = [6, 14, 28, 22, 12, 16, 16, 10, 12, 12, 12, 10, 14, 10, 12].map((width) => ({ width }));
  addTitleAndHeadings(ws, title, LEDGER_HEADINGS).alignment = {
    horizontal: "center",
    vertical: "middle",
    wrapText: true,
  };

  cases.forEach((c, i) => {
    const review = c.reviews[0];
    ws.addRow([
      i + 1,
      c.unit.name,
      c.enterprise.name,
      c.enterprise.creditCode ?? "",
      industryLabel[c.enterprise.industry],
      categoryLabel[c.category],
      c.disposalPath ? disposalPathLabel[c.disposalPath] : (c.outcome?.name ?? ""),
      caseStatusLabel[c.status],
      formatDate(c.createdAt),
      c.submittedAt ? formatDate(c.submittedAt) : "",
      c.acceptedAt ? formatDate(c.acceptedAt) : "",
      c._count.evidence,
      review?.reviewer.displayName ?? "",
      review ? reviewDecisionLabel[review.decision] : "",
      review ? formatDate(review.createdAt) : "",
    ]);
  });
  if (cases.length === 0) ws.addRow(["", "（暂无整治对象）"]);
  ws.eachRow((row, n) => {
    if (n >= 2) row.eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN_BORDER));
  });
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
