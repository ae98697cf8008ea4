import type { Metadata } from "next";

import { FilterForm, ListTable } from "@/components/admin/list-frame";
import { AuditDiffList } from "@/components/audit/audit-diff-list";
import { FilterSelect } from "@/components/cases/case-filters";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import { Td } from "@/components/ui/table";
import { entityLabel } from "@/lib/audit/diff";
import { dateInputValue } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { auditActionName } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { auditChoices, listAudit, parseAuditFilters } from "@/server/audit-log/list-audit";
import { districtOf } from "@/server/scope";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "审计日志" };

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("adminAudit");
  const filters = parseAuditFilters(await searchParams);
  const [list, choices, units] = await Promise.all([
    listAudit(user, filters),
    auditChoices(user),
    listUnitNames(districtOf(user)),
  ]);
  const query = {
    user: filters.user,
    unit: filters.unit,
    entity: filters.entity,
    entityId: filters.entityId,
    from: dateInputValue(filters.from),
    to: dateInputValue(filters.to),
  };
  const href = (page: number) => withQuery("/admin/audit", { ...query, page });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">审计日志</h1>
        <a href={withQuery("/api/exports/audit", query)} className={buttonClass({ variant: "secondary", size: "sm" })}>
          导出 Excel（按当前筛选）
        </a>
      </div>
      <p className="text-sm text-slate-600">
        每一次修改都记录操作人、时间（北京时间）、操作和修改前后的内容。“单位”筛选包括该单位账号所做的修改，以及对该单位的企业、整治对象、举报、回访和单位信息所做的修改（不论由谁操作）。
      </p>

      <FilterForm>
        <FilterSelect
          label="操作人"
          name="user"
          value={filters.user}
          options={choices.users.map((u) => [u.id, `${u.displayName}（${u.username}）`])}
        />
        <FilterSelect
          label="单位"
          name="unit"
          value={filters.unit ?? undefined}
          options={units.map((u) => [u.id, u.name])}
        />
        <FilterSelect
          label="记录类别"
          name="entity"
          value={filters.entity}
          options={choices.entities.map((e) => [e, entityLabel(e)])}
        />
        <label className="block">
          <span>记录编号</span>
          <input name="entityId" defaultValue={filters.entityId ?? ""} className={input} />
        </label>
        <label className="block">
          <span>开始日期</span>
          <input type="date" name="from" defaultValue={query.from} className={input} />
        </label>
        <label className="block">
          <span>结束日期</span>
          <input type="date" name="to" defaultValue={query.to} className={input} />
        </label>
      </FilterForm>

      <ListTable
        caption="审计日志"
        empty="没有符合条件的记录。"
        headings={["时间", "操作人", "操作", "记录", "修改前 → 修改后"]}
        rows={list.rows.map((r) => (
          <tr key={r.id} className="align-top">
            <Td label="时间" nowrap>
              {formatDateTime(r.createdAt)}
            </Td>
            <Td label="操作人">
              {r.actor ? (
                <>
                  {r.actor.displayName}
                  <span className="block text-xs text-slate-500">
                    {r.actor.username} · {r.actor.unit?.name ?? r.actor.department?.name ?? ""}
                  </span>
                </>
              ) : (
                "系统"
              )}
            </Td>
            <Td label="操作">{auditActionName(r.action)}</Td>
            <Td label="记录">
              {entityLabel(r.entity)}
              <a
                href={withQuery("/admin/audit", { entity: r.entity, entityId: r.entityId })}
                className={linkClass({ className: "block font-mono text-xs" })}
              >
                {r.entityId}
              </a>
            </Td>
            <Td label="修改前 → 修改后">
              <AuditDiffList before={r.before} after={r.after} entity={r.entity} action={r.action} />
            </Td>
          </tr>
        ))}
      />
      <Pagination page={list.page} pages={list.pages} total={list.total} href={href} label="审计日志分页" />
    </div>
  );
}
