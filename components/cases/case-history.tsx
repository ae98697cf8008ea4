import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { dimensionLabel, reviewDecisionLabel } from "@/lib/labels";
import type { getCase } from "@/server/cases/get-case";

type CaseRecord = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** 审核记录: escalations that closed the case, the reviews, and when it was registered, submitted and accepted. */
export function CaseHistory({ c }: { c: CaseRecord }) {
  const escalated = c.measures.filter((m) => m.escalation);
  return (
    <Card aria-labelledby="history-title">
      <h2 id="history-title" className="font-semibold">
        审核记录
      </h2>
      {escalated.map((m) => (
        <p key={m.id} className="mt-2 text-sm">
          <span className="font-medium">升级处置（{dimensionLabel[m.dimension]}，关闭）</span> · {m.department.name} ·{" "}
          {formatDateTime(m.createdAt)}
          <span className="block whitespace-pre-wrap text-slate-700">理由：{m.note}</span>
        </p>
      ))}
      {c.reviews.length === 0 ? (
        escalated.length === 0 && <p className="mt-1 text-sm text-slate-500">暂无</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {c.reviews.map((r) => (
            <li key={r.id}>
              <span className="font-medium">{reviewDecisionLabel[r.decision]}</span> ·{" "}
              {r.reviewer.department?.name ?? r.reviewer.displayName} · {formatDateTime(r.createdAt)}
              {r.reason && <p className="whitespace-pre-wrap text-slate-700">理由：{r.reason}</p>}
              {r.verified && <p className="whitespace-pre-wrap text-slate-700">已核实材料核查提示：{r.verifiedNote}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2 text-xs text-slate-500">
        登记于 {formatDateTime(c.createdAt)}
        {c.submittedAt && `，最近上报 ${formatDateTime(c.submittedAt)}`}
        {c.acceptedAt && `，验收 ${formatDateTime(c.acceptedAt)}`}
      </p>
    </Card>
  );
}
