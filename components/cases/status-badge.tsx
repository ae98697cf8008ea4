import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { caseStatusLabel } from "@/lib/labels";

const tone: Record<CaseStatus, BadgeTone> = {
  REGISTERED: "neutral",
  IN_PROGRESS: "warning",
  SUBMITTED: "info",
  ACCEPTED: "success",
  RETURNED: "danger",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <Badge tone={tone[status]}>{caseStatusLabel[status]}</Badge>;
}
