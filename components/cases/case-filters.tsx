import { FilterButtons } from "@/components/admin/list-frame";
import { CATEGORIES } from "@/lib/campaigns/annex";
import type { CaseListFilters } from "@/lib/cases/list-filters";
import { categoryLabel, industryLabel, statusChoiceLabel } from "@/lib/labels";

const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

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
      <select name={name} defaultValue={value ?? ""} className={select}>
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

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked or linked to. */
export function CaseFilters({
  filters,
  units,
  fixedStatus,
}: {
  filters: CaseListFilters;
  units?: { id: number; name: string }[];
  fixedStatus?: boolean;
}) {
  return (
    <form
      method="get"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className="col-span-2 block sm:col-span-3 lg:col-span-2">
        <span>企业名称或信用代码</span>
        <input name="q" defaultValue={filters.q ?? ""} className={select} placeholder="输入关键字" />
      </label>
      <FilterSelect
        label="类别"
        name="category"
        value={filters.category}
        options={CATEGORIES.map((c) => [c, categoryLabel[c]])}
      />
      {!fixedStatus && (
        <FilterSelect label="状态" name="status" value={filters.status} options={Object.entries(statusChoiceLabel)} />
      )}
      <FilterSelect label="行业" name="industry" value={filters.industry} options={Object.entries(industryLabel)} />
      {units && (
        <FilterSelect label="属地" name="unit" value={filters.unit} options={units.map((u) => [u.id, u.name])} />
      )}
      <FilterSelect label="整改期限" name="overdue" value={filters.overdue} options={[["1", "逾期"]]} />
      {filters.relapsed && <input type="hidden" name="relapsed" value={filters.relapsed} />}
      {/* 统计截至 stays while the other filters change; "回到今天" above the form drops it. */}
      {filters.asOf && <input type="hidden" name="asOf" value={filters.asOf} />}
      <FilterButtons />
    </form>
  );
}
