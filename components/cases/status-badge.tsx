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

/** 目标外: registered where the unit's annex cell is "/" (confirmed at registration); counts toward no unit's target. */
export function OutsideTargetBadge({ className }: { className?: string }) {
  return (
    <Badge
      tone="purple"
      className={className}
      data-testid="outside-target-badge"
      title="本单位在目标任务分解表中该类为“/”，不计入目标"
    >
      目标外
    </Badge>
  );
}
