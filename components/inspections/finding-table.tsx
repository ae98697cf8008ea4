import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { isFindingOverdue } from "@/lib/inspections/rules";
import { findingStatusLabel } from "@/lib/labels";

type Row = {
  id: string; status: FindingStatus; problem: string; dueDate: Date;
  unit: { name: string }; department: { name: string } | null; case: { id: string; enterprise: { name: string } } | null;
  round?: { id: string; title: string };
};

const STATUS_CLASS: Record<FindingStatus, string> = { OPEN: "bg-amber-100 text-amber-900", ANSWERED: "bg-sky-100 text-sky-900", CLOSED: "bg-green-100 text-green-900" };

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return <span data-testid="finding-status" className={`rounded px-1.5 py-0.5 text-xs ${STATUS_CLASS[status]}`}>{findingStatusLabel[status]}</span>;
}

/** The findings of a round, a unit or a filter: what, where, who found it, by when, and its state. */
export function FindingTable({ rows, empty, caption }: { rows: Row[]; empty: string; caption: string }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const now = new Date();
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th className="px-3 py-2">问题</th><th className="px-3 py-2">单位 / 案件</th>
            {rows[0].round && <th className="px-3 py-2">检查</th>}
            <th className="px-3 py-2">记录方</th><th className="px-3 py-2">整改期限</th><th className="px-3 py-2">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className="border-t border-slate-100">
              <td className="max-w-md px-3 py-2"><Link href={`/inspections/findings/${f.id}`} className="line-clamp-2 text-brand-700 hover:underline">{f.problem}</Link></td>
              <td className="px-3 py-2">{f.unit.name}{f.case && <span className="block text-xs text-slate-500">{f.case.enterprise.name}</span>}</td>
              {f.round && <td className="px-3 py-2">{f.round.title}</td>}
              <td className="px-3 py-2 whitespace-nowrap">{f.department?.name ?? "区工强办"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(f.dueDate)}{isFindingOverdue(f, now) && <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">逾期</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap"><FindingStatusBadge status={f.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
