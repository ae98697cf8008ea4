import { FilterButtons } from "@/components/admin/list-frame";
import { CATEGORIES } from "@/lib/campaigns/annex";
import type { CaseListFilters } from "@/lib/cases/list-filters";
import { categoryLabel, industryLabel, statusChoiceLabel } from "@/lib/labels";

/** A filter control: smaller than a form field, the filters share one row. */
export const filterInputClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

/** One filter of the form: "全部" (no filter) first, then the choices as [value, label]. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: [string | number, string][];
}) {
  return (
    <label className="block">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ""} className={filterInputClass}>
        <option value="">全部</option>
        {options.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A case list's filter form: a plain GET form, so the filters live in the address and a filtered list can
 * be bookmarked or linked to. The name or credit code and the category first, then `children`, then 筛选/清除.
 */
export function CaseFilterForm({
  label,
  q,
  category,
  children,
}: {
  label?: string;
  q: string | undefined;
  category: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      aria-label={label}
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className="col-span-2 block sm:col-span-3 lg:col-span-2">
        <span>企业名称或信用代码</span>
        <input name="q" defaultValue={q ?? ""} className={filterInputClass} placeholder="输入关键字" />
      </label>
      <FilterSelect
        label="类别"
        name="category"
        value={category}
        options={CATEGORIES.map((c) => [c, categoryLabel[c]])}
      />
      {children}
      <FilterButtons />
    </form>
  );
}

/** The ledger's filters. */
export function CaseFilters({
  filters,
  units,
  keep = {},
}: {
  filters: CaseListFilters;
  units?: { id: number; name: string }[];
  /** Further parameters of the page kept while the filters change (the city's drill-down: the year). */
  keep?: Record<string, string>;
}) {
  return (
    <CaseFilterForm q={filters.q} category={filters.category}>
      <FilterSelect label="状态" name="status" value={filters.status} options={Object.entries(statusChoiceLabel)} />
      <FilterSelect label="行业" name="industry" value={filters.industry} options={Object.entries(industryLabel)} />
      {units && (
        <FilterSelect label="属地" name="unit" value={filters.unit} options={units.map((u) => [u.id, u.name])} />
      )}
      <FilterSelect label="整改期限" name="overdue" value={filters.overdue} options={[["1", "逾期"]]} />
      {filters.relapsed && <input type="hidden" name="relapsed" value={filters.relapsed} />}
      {/* 统计截至 stays while the other filters change; "回到今天" above the form drops it. */}
      {filters.asOf && <input type="hidden" name="asOf" value={filters.asOf} />}
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </CaseFilterForm>
  );
}
