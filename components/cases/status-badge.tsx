import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { caseStatusLabel } from "@/lib/labels";

const tone: Record<CaseStatus, string> = {
  REGISTERED: "bg-slate-100 text-slate-700",
  IN_PROGRESS: "bg-amber-100 text-amber-800",
  SUBMITTED: "bg-blue-100 text-blue-800",
  ACCEPTED: "bg-green-100 text-green-800",
  RETURNED: "bg-red-100 text-red-800",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${tone[status]}`}>{caseStatusLabel[status]}</span>;
}
