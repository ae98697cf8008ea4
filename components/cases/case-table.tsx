import Link from "next/link";
import { StatusBadge } from "@/components/cases/status-badge";
import { Card } from "@/components/ui/card";
import { categoryLabel, industryLabel } from "@/lib/labels";
import type { listCases } from "@/server/cases/list-cases";

type Row = Awaited<ReturnType<typeof listCases>>["rows"][number];

export function CaseTable({ rows, showUnit }: { rows: Row[]; showUnit: boolean }) {
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">企业（作坊）</th>
            {showUnit && <th scope="col" className="px-3 py-2">属地</th>}
            <th scope="col" className="px-3 py-2">类别</th>
            <th scope="col" className="px-3 py-2">行业</th>
            <th scope="col" className="px-3 py-2">状态</th>
            <th scope="col" className="px-3 py-2">材料</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.enterprise.name}</Link>
                <div className="font-mono text-xs text-slate-500">{c.enterprise.creditCode ?? "无统一社会信用代码"}</div>
              </td>
              {showUnit && <td className="px-3 py-2">{c.unit.name}</td>}
              <td className="px-3 py-2">{categoryLabel[c.category]}</td>
              <td className="px-3 py-2">{industryLabel[c.enterprise.industry]}</td>
              <td className="px-3 py-2">
                <StatusBadge status={c.status} />
                {c.overdue && <span className="ml-1 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">逾期</span>}
              </td>
              <td className="px-3 py-2">
                {c.missing.length === 0
                  ? <span className="text-green-700">齐全</span>
                  : <span className="text-amber-700" title={`还缺：${c.missing.join("、")}`}>还缺 {c.missing.length} 项</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
