import { auditDiff } from "@/lib/audit-diff";

/** "字段：前 → 后" for the fields one audited change touched. */
export function AuditDiffList({ before, after }: { before: unknown; after: unknown }) {
  const lines = auditDiff(before, after);
  if (lines.length === 0) return <span className="text-slate-500">（无字段变化）</span>;
  return (
    <dl className="space-y-0.5">
      {lines.map((d) => (
        <div key={d.field} className="flex flex-wrap gap-x-1">
          <dt className="text-slate-600">{d.label}：</dt>
          <dd className="break-all">
            <span className="text-red-700 line-through decoration-red-300">{d.before}</span>
            <span aria-label="改为" className="mx-1">→</span>
            <span className="text-green-800">{d.after}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
