import { auditDiff } from "@/lib/audit/diff";

/** "字段：前 → 后" for the fields one audited change touched, with the stored record one click away. */
export function AuditDiffList({
  before,
  after,
  entity = "",
  action,
}: {
  before: unknown;
  after: unknown;
  entity?: string;
  action?: string;
}) {
  const lines = auditDiff(before, after, entity);
  return (
    <>
      {lines.length === 0 ? (
        <span className="text-slate-500">（无字段变化）</span>
      ) : (
        <dl className="space-y-0.5">
          {lines.map((d) => (
            <div key={d.field} className="flex flex-wrap gap-x-1">
              <dt className="text-slate-600">{d.label}：</dt>
              <dd className="break-all">
                <span className="text-red-700 line-through decoration-red-300">{d.before}</span>
                <span aria-label="改为" className="mx-1">
                  →
                </span>
                <span className="text-green-800">{d.after}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-slate-600">原始记录</summary>
        <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono">
          {JSON.stringify({ action, entity, before: before ?? null, after: after ?? null }, null, 2)}
        </pre>
      </details>
    </>
  );
}
