import type { Metadata } from "next";

import { DeliverySettingForm } from "@/components/admin/delivery-setting-form";
import { FilterForm, ListTable } from "@/components/admin/list-frame";
import { CreateUserForm } from "@/components/admin/users-create-form";
import { UserRowActions } from "@/components/admin/users-row-actions";
import { FilterSelect } from "@/components/cases/case-filters";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { linkClass } from "@/components/ui/link";
import { Td } from "@/components/ui/table";
import { type AccountStatus } from "@/lib/accounts/rules";
import { ROLES } from "@/lib/areas";
import { formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { accountStatusLabel, roleLabel } from "@/lib/labels";
import { deliverySummary } from "@/lib/notices/delivery";
import { requireArea } from "@/server/areas";
import { env } from "@/server/env";
import { deliverySettingsByOwner } from "@/server/notifications/delivery-settings";
import { listUsers, parseUserFilters, scopeChoices } from "@/server/users/list-users";

export const metadata: Metadata = { title: "用户管理" };

const STATUS_TONE: Record<AccountStatus, BadgeTone> = { ACTIVE: "success", DISABLED: "neutral", LOCKED: "warning" };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireArea("adminUsers");
  const filters = parseUserFilters(await searchParams);
  const [list, choices, delivery] = await Promise.all([
    listUsers(me, filters),
    scopeChoices(me),
    deliverySettingsByOwner(me),
  ]);
  const { NOTIFY_DIGEST_HOUR: digestHour, SMTP_URL } = env();
  const href = (page: number) => withQuery("/admin/users", { ...filters, page });
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">用户管理</h1>

      <Card aria-labelledby="create-title">
        <h2 id="create-title" className="mb-1 font-semibold">
          新建账号
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          系统生成一次性密码并只显示一次；本人首次登录后须修改密码（至少10位，含字母和数字，不能包含账号，不能是常见密码）。
        </p>
        <CreateUserForm choices={choices} />
      </Card>

      <FilterForm>
        <label className="col-span-2 block">
          <span>账号、姓名或电话</span>
          <input
            name="q"
            defaultValue={filters.q ?? ""}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5"
            placeholder="输入关键字"
          />
        </label>
        <FilterSelect label="角色" name="role" value={filters.role} options={ROLES.map((r) => [r, roleLabel[r]])} />
        <FilterSelect
          label="单位"
          name="unit"
          value={filters.unit ?? undefined}
          options={choices.units.map((u) => [u.id, u.name])}
        />
        <FilterSelect
          label="部门"
          name="department"
          value={filters.department ?? undefined}
          options={choices.departments.map((d) => [d.id, d.name])}
        />
        <FilterSelect label="状态" name="status" value={filters.status} options={Object.entries(accountStatusLabel)} />
      </FilterForm>

      <ListTable
        caption="账号列表"
        empty="没有符合条件的账号。"
        headings={["账号", "姓名", "角色", "单位/部门/协会", "状态", "最近登录", "操作"]}
        rows={list.rows.map((u) => (
          <tr key={u.id} className="align-top">
            <Td label="账号" className="font-mono">
              {u.username}
              {u.id === me.id && <span className="ml-1 text-xs text-slate-500">（本人）</span>}
            </Td>
            <Td label="姓名">
              {u.displayName}
              {u.phone && <span className="block text-xs text-slate-500">{u.phone}</span>}
            </Td>
            <Td label="角色">{roleLabel[u.role]}</Td>
            <Td label="单位/部门/协会">{u.unit?.name ?? u.department?.name ?? u.organisation ?? "—"}</Td>
            <Td label="状态">
              <Badge tone={STATUS_TONE[u.status]}>{accountStatusLabel[u.status]}</Badge>
              {u.mustChangePassword && <span className="mt-1 block text-xs text-slate-500">待修改初始密码</span>}
              {u.attack && (
                <span className="mt-1 block rounded bg-amber-50 px-2 py-0.5 text-xs text-amber-800">{u.attack}</span>
              )}
            </Td>
            <Td label="最近登录" nowrap>
              {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "从未登录"}
            </Td>
            <Td>
              <UserRowActions
                choices={choices}
                account={{
                  id: u.id,
                  username: u.username,
                  status: u.status,
                  self: u.id === me.id,
                  displayName: u.displayName,
                  role: u.role,
                  unitId: u.unitId,
                  departmentId: u.departmentId,
                  phone: u.phone,
                  organisation: u.organisation,
                }}
              />
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand-700">
                  通知方式
                  <span className="ml-1 text-xs text-slate-500">（{deliverySummary(delivery.byUser.get(u.id))}）</span>
                </summary>
                <DeliverySettingForm
                  kind="user"
                  owner={{ userId: u.id }}
                  values={delivery.byUser.get(u.id)}
                  digestHour={digestHour}
                  smtpConfigured={!!SMTP_URL}
                />
              </details>
            </Td>
          </tr>
        ))}
      />
      <Pagination page={list.page} pages={list.pages} total={list.total} href={href} label="账号分页" />

      <Card aria-labelledby="unit-robots-title">
        <h2 id="unit-robots-title" className="mb-1 font-semibold">
          单位群机器人
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          发给某单位经办人的通知，同时推送到该单位的钉钉/浙政钉工作群（每条通知一条消息，或每天 {digestHour}:00
          汇总一条）。个人的邮箱在上面各账号的“通知方式”中设置；发送情况见“
          <Link href="/admin/deliveries" className={linkClass({ inline: true })}>
            通知投递
          </Link>
          ”。
        </p>
        <ul className="divide-y divide-slate-100">
          {choices.units.map((unit) => (
            <li key={unit.id} className="py-2">
              <details className="text-sm">
                <summary className="cursor-pointer max-sm:min-h-11">
                  <span className="font-medium">{unit.name}</span>
                  <span className="ml-2 text-xs text-slate-500">{deliverySummary(delivery.byUnit.get(unit.id))}</span>
                </summary>
                <DeliverySettingForm
                  kind="unit"
                  owner={{ unitId: unit.id }}
                  values={delivery.byUnit.get(unit.id)}
                  digestHour={digestHour}
                  smtpConfigured={!!SMTP_URL}
                />
              </details>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
