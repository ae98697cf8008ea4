import { Button, buttonClass } from "@/components/ui/button";
import { CATEGORIES } from "@/lib/annex";
import type { CaseListFilters } from "@/lib/cases/list-filters";
import { caseStatusLabel, categoryLabel, industryLabel } from "@/lib/labels";

const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked or linked to. */
export function CaseFilters({ filters, units, fixedStatus }: {
  filters: CaseListFilters;
  units?: { id: number; name: string }[];
  fixedStatus?: boolean;
}) {
  return (
    <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
      <label className="col-span-2 block sm:col-span-3 lg:col-span-2">
        <span>企业名称或信用代码</span>
        <input name="q" defaultValue={filters.q ?? ""} className={select} placeholder="输入关键字" />
      </label>
      <label className="block">
        <span>类别</span>
        <select name="category" defaultValue={filters.category ?? ""} className={select}>
          <option value="">全部</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel[c]}</option>)}
        </select>
      </label>
      {!fixedStatus && (
        <label className="block">
          <span>状态</span>
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">全部</option>
            {Object.entries(caseStatusLabel).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </label>
      )}
      <label className="block">
        <span>行业</span>
        <select name="industry" defaultValue={filters.industry ?? ""} className={select}>
          <option value="">全部</option>
          {Object.entries(industryLabel).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      {units && (
        <label className="block">
          <span>属地</span>
          <select name="unit" defaultValue={filters.unit ?? ""} className={select}>
            <option value="">全部</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </label>
      )}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit" size="compact">筛选</Button>
        <a href="?" className={buttonClass({ variant: "secondary", size: "compact" })}>清除</a>
      </div>
    </form>
  );
}
