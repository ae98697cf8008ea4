import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Th, THead } from "@/components/ui/table";

/** A plain GET filter form (filters live in the address): the fields, then 筛选 and 清除. */
export function FilterForm({ children }: { children: React.ReactNode }) {
  return (
    <form
      method="get"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-6"
    >
      {children}
      <FilterButtons />
    </form>
  );
}

/** The last line of a filter form: 筛选, and 清除 back to the unfiltered list. */
export function FilterButtons() {
  return (
    <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-6">
      <Button type="submit" size="compact">
        筛选
      </Button>
      <a href="?" className={buttonClass({ variant: "secondary", size: "compact" })}>
        清除
      </a>
    </div>
  );
}

/** A list's table (caption for screen readers, headings) or, without rows, its empty state. Rows are `<tr>`s of `Td`s labelled with the headings. */
export function ListTable({
  caption,
  headings,
  empty,
  rows,
}: {
  caption: string;
  headings: string[];
  empty: string;
  rows: React.ReactNode[];
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Table caption={caption} className="min-w-[48rem]">
      <THead className="bg-slate-50">
        {headings.map((h) => (
          <Th key={h}>{h}</Th>
        ))}
      </THead>
      <tbody>{rows}</tbody>
    </Table>
  );
}
