import { Button, buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";

/** A plain GET filter form (filters live in the address): the fields, then 筛选 and 清除. */
export function FilterForm({ children }: { children: React.ReactNode }) {
  return (
    <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
      {children}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit" size="compact">筛选</Button>
        <a href="?" className={buttonClass({ variant: "secondary", size: "compact" })}>清除</a>
      </div>
    </form>
  );
}

/** A list's table (caption for screen readers, headings) or, without rows, its empty state. */
export function ListTable({ caption, headings, empty, rows }: { caption: string; headings: string[]; empty: string; rows: React.ReactNode[] }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Card padding="none" className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>{headings.map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{rows}</tbody>
      </table>
    </Card>
  );
}
