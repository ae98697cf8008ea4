import type { FlagSummary } from "@/lib/cases/review";
import { flagTypeLabel } from "@/lib/labels";

/**
 * 材料核查 above 验收通过: the case's integrity flags added up by type (each file's own flags stand
 * beside it under 佐证材料), and what an acceptance despite them needs.
 */
export function ReviewFlagSummary({ summary, daysWaiting }: { summary: FlagSummary; daysWaiting: number | null }) {
  return (
    <div data-testid="flag-summary" className="space-y-1 text-sm">
      {daysWaiting !== null && <p className="text-slate-600">已上报 {daysWaiting} 天，等待验收。</p>}
      {summary.total === 0 ? (
        <p className="text-green-700">材料核查：未发现提示（同一文件、拍摄时间、拍摄位置均无异常）。</p>
      ) : (
        <div role="note" className="rounded border border-amber-200 bg-amber-50 p-3">
          <p className="font-semibold text-amber-900">材料核查提示 {summary.total} 条，验收通过前须核实：</p>
          <ul className="mt-1 list-inside list-disc text-amber-900">
            {summary.byType.map((t) => (
              <li key={t.type}>
                {flagTypeLabel[t.type]}：{t.count} 条
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-amber-800">
            每个文件的提示见下方“佐证材料”。验收通过时须勾选“已核实”并填写核实说明。
          </p>
        </div>
      )}
    </div>
  );
}
