import { HistoryLink } from "@/components/audit/history-link";
import { CaseYearNote } from "@/components/campaigns/case-year-note";
import { OutsideTargetBadge, StatusBadge } from "@/components/cases/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { overdueDays, rectificationDeadline } from "@/lib/cases/overdue";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { categoryLabel, dimensionLabel, disposalPathLabel, industryLabel } from "@/lib/labels";
import type { getCase } from "@/server/cases/get-case";

type CaseRecord = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** The case's enterprise, state, overdue and escalation marks, and what the case is about. */
export function CaseHeader({
  c,
  role,
  overdue,
  escalated,
  now,
}: {
  c: CaseRecord;
  role: Role;
  overdue: boolean;
  escalated: boolean;
  now: Date;
}) {
  const deadline = rectificationDeadline(c);
  return (
    <header className="space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{c.enterprise.name}</h1>
        <StatusBadge status={c.status} />
        {overdue && (
          <span
            data-testid="overdue-badge"
            className="rounded-full bg-red-100 px-3 py-0.5 text-sm font-medium text-red-800"
          >
            逾期 {overdueDays(c, now)} 天
          </span>
        )}
        {escalated && <span className="rounded-full bg-slate-800 px-3 py-0.5 text-sm text-white">已升级处置</span>}
        {c.outsideTarget && <OutsideTargetBadge />}
        {c.wholeExit && <Badge tone="dark">整体关停退出</Badge>}
        <a
          href={`/api/archive/cases/${c.id}`}
          className={buttonClass({ variant: "secondary", size: "compact", className: "no-print ml-auto text-sm" })}
          download
        >
          下载佐证材料包
        </a>
        <HistoryLink role={role} entity="Case" entityId={c.id} />
      </div>
      <CaseYearNote caseId={c.id} />
      <p className="text-sm text-slate-600">
        {c.unit.name} · {categoryLabel[c.category]} · {industryLabel[c.enterprise.industry]} ·{" "}
        <span className="font-mono">{c.enterprise.creditCode ?? "无统一社会信用代码"}</span>
      </p>
      <p className="text-sm text-slate-600">
        {c.disposalPath && <>处置方式：{disposalPathLabel[c.disposalPath]} · </>}
        {c.outcome && <>整治结果：{c.outcome.name} · </>}
        涉及方面：{c.dimensions.map((d) => dimensionLabel[d]).join("、") || "—"} · 期限：{formatDate(deadline)}
        {c.measureDeadline && <>（限期整改）</>}
      </p>
      {c.category === "ELIMINATION" && (
        <p className="text-sm text-slate-600">
          政策依据：{c.policyBasis?.name ?? (c.policyBasisOther ? `其他：${c.policyBasisOther}` : "未填写")}
        </p>
      )}
    </header>
  );
}
