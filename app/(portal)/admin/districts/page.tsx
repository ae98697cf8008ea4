import type { Metadata } from "next";

import { DistrictOfficeForm } from "@/components/city/district-office-form";
import { NewDistrictForm } from "@/components/city/new-district-form";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { requireArea } from "@/server/areas";
import { cityCode, listDistrictOffices } from "@/server/city/list-district-offices";

export const metadata: Metadata = { title: "区县管理" };

/**
 * 区县管理 (市工强办; docs/domain.md §市级): the city's districts — 区划代码, 发文机关代字, the office's name —
 * each with its 工强办 accounts, and a new office account for a district (its office then manages its own users);
 * a new district (区划代码, name, 发文机关代字, office), whose office then opens its first year in 年度管理.
 */
export default async function DistrictsAdminPage() {
  await requireArea("cityAdmin");
  const [districts, code] = await Promise.all([listDistrictOffices(), cityCode()]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">区县管理</h1>
      <p className="text-sm text-slate-600">
        各区县（市）工强办账号由市工强办建立；其他账号（部门、镇街、领导等）由各区县工强办在本区县的用户管理中建立。
      </p>
      {districts.length === 0 ? (
        <EmptyState>尚无区县（市）</EmptyState>
      ) : (
        districts.map((d) => (
          <Card key={d.id} aria-labelledby={`district-${d.id}`} data-testid={`district-${d.code}`}>
            <h2 id={`district-${d.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
              {d.name}
              {d.isSample && <Badge>示例数据</Badge>}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-500">区划代码</dt>
              <dd>{d.code}</dd>
              <dt className="text-slate-500">发文机关代字</dt>
              <dd>{d.docPrefix}</dd>
              <dt className="text-slate-500">工强办</dt>
              <dd>
                {d.officeName}（{d.officeShortName}）
              </dd>
            </dl>
            <h3 className="mt-3 text-sm font-medium">工强办账号</h3>
            {d.users.length === 0 ? (
              <p className="text-sm text-amber-800">尚无工强办账号</p>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm">
                {d.users.map((u) => (
                  <li key={u.id} className="flex min-h-11 flex-wrap items-center gap-2 py-1">
                    <span className="font-mono">{u.username}</span>
                    <span>{u.displayName}</span>
                    {!u.active && <Badge tone="neutral">已停用</Badge>}
                    {u.mustChangePassword && <Badge tone="warning">待修改初始密码</Badge>}
                  </li>
                ))}
              </ul>
            )}
            {!d.hasCampaign && (
              <p className="mt-2 text-sm text-amber-800" data-testid="no-campaign">
                未开展：尚未建立任何年度，由该区县工强办在“年度管理”中开启第一个年度。
              </p>
            )}
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 text-sm text-brand-700">新建工强办账号</summary>
              <DistrictOfficeForm districtId={d.id} districtName={d.name} />
            </details>
          </Card>
        ))
      )}
      <Card aria-labelledby="new-district">
        <h2 id="new-district" className="mb-1 font-semibold">
          新建区县（市）
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          新区县自动建立区工强办和各牵头部门（区发改局、区经信局、生态环境分局等）及工作设置的默认整治结果类别和政策依据；
          建好后为它建立工强办账号，由其在“年度管理”中开启第一个年度。
        </p>
        <NewDistrictForm cityCode={code} />
      </Card>
    </div>
  );
}
