import { CaseFilterForm, filterInputClass, FilterSelect } from "@/components/cases/case-filters";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { LONG_WAIT_DAYS, QUEUE_FLAG_FILTERS, QUEUE_SORTS, type ReviewQueueFilters } from "@/lib/cases/review-queue";
import { formatDate } from "@/lib/format";
import { categoryLabel, flagTypeLabel, queueFlagFilterLabel, queueSortLabel } from "@/lib/labels";
import type { ReviewQueueRow } from "@/server/cases/list-review-queue";

/** The queue's filters and sort: a plain GET form, so the address holds them and each case carries them on. */
export function ReviewQueueFilterForm({
  filters,
  units,
}: {
  filters: ReviewQueueFilters;
  units?: { id: number; name: string }[];
}) {
  return (
    <CaseFilterForm label="筛选待验收整治对象" q={filters.q} category={filters.category}>
      {units && (
        <FilterSelect label="属地" name="unit" value={filters.unit} options={units.map((u) => [u.id, u.name])} />
      )}
      <FilterSelect
        label="材料核查提示"
        name="flag"
        value={filters.flag}
        options={QUEUE_FLAG_FILTERS.map((f) => [f, queueFlagFilterLabel[f]])}
      />
      <label className="block">
        <span>排序</span>
        <select name="sort" defaultValue={filters.sort} className={filterInputClass}>
          {QUEUE_SORTS.map((s) => (
            <option key={s} value={s}>
              {queueSortLabel[s]}
            </option>
          ))}
        </select>
      </label>
    </CaseFilterForm>
  );
}

/** The flags of a case in short, one badge per type with its count; "无" when none. */
export function FlagBadges({ summary }: { summary: ReviewQueueRow["flagSummary"] }) {
  if (summary.total === 0) return <span className="text-green-700">无</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {summary.byType.map((t) => (
        <Badge key={t.type} tone="warning">
          {flagTypeLabel[t.type]}
          {t.count > 1 && ` ×${t.count}`}
        </Badge>
      ))}
    </span>
  );
}

/** 待验收: one row per case (a card on a phone), each linking to the case with the queue's filters and sort. */
export function ReviewQueueTable({
  rows,
  showUnit,
  caseHref,
}: {
  rows: ReviewQueueRow[];
  showUnit: boolean;
  caseHref: (id: string) => string;
}) {
  return (
    <Table label="待验收整治对象" className="min-w-[44rem]">
      <THead>
        <Th>企业（作坊）</Th>
        {showUnit && <Th>属地</Th>}
        <Th>类别</Th>
        <Th nowrap>上报日期</Th>
        <Th nowrap>已等待</Th>
        <Th>材料核查提示</Th>
      </THead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} data-testid="queue-row">
            <Td>
              <Link href={caseHref(c.id)} className={linkClass({ className: "font-medium" })}>
                {c.enterprise.name}
              </Link>
              <div className="font-mono text-xs text-slate-500">{c.enterprise.creditCode ?? "无统一社会信用代码"}</div>
            </Td>
            {showUnit && <Td label="属地">{c.unit.name}</Td>}
            <Td label="类别">{categoryLabel[c.category]}</Td>
            <Td label="上报日期" nowrap>
              {formatDate(c.submittedAt)}
            </Td>
            <Td
              label="已等待"
              nowrap
              numeric
              className={c.daysWaiting >= LONG_WAIT_DAYS ? "font-medium text-red-700" : undefined}
            >
              {c.daysWaiting} 天
            </Td>
            <Td label="材料核查提示">
              <FlagBadges summary={c.flagSummary} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
