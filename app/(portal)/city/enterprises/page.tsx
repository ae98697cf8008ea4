import type { Metadata } from "next";

import { MoveEnterpriseForm } from "@/components/city/move-enterprise-form";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { requireArea } from "@/server/areas";
import { findEnterpriseByCreditCode, listDistrictsWithUnits } from "@/server/city/enterprise-move-reads";

export const metadata: Metadata = { title: "企业跨区县迁移" };

/**
 * 企业跨区县迁移 (市工强办; docs/domain.md §市级): find an enterprise by its credit code wherever it is registered, and
 * move it to a unit of another district (lib/city/enterprise-move.ts). Within a district the office corrects it.
 */
export default async function CityEnterprisesPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  await requireArea("cityEnterprises");
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.trim().toUpperCase() : "";
  const [enterprise, districts] = await Promise.all([
    code ? findEnterpriseByCreditCode(code) : null,
    listDistrictsWithUnits(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">企业跨区县迁移</h1>
      <p className="text-sm text-slate-600">
        统一社会信用代码在全市唯一，一家企业只属于一个镇（乡）、街道或园区。企业迁往另一区县（市）由市工强办决定并记录；
        原区县已验收的整治对象仍留在原区县的台账和数字中，尚未验收的须先由原区县办结。
      </p>
      <form method="get" role="search" aria-label="按信用代码查找企业" className="flex flex-wrap items-end gap-3">
        <Field label="统一社会信用代码">
          <input
            name="code"
            defaultValue={code}
            maxLength={18}
            autoCapitalize="characters"
            required
            className={`${inputClass} font-mono`}
          />
        </Field>
        <Button type="submit">查找</Button>
      </form>
      {code && !enterprise && <EmptyState>全市没有统一社会信用代码为 {code} 的企业。</EmptyState>}
      {enterprise && (
        <Card>
          <h2 className="font-semibold">{enterprise.name}</h2>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-600">统一社会信用代码：</dt>
              <dd className="inline font-mono">{enterprise.creditCode}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">所在：</dt>
              <dd className="inline">
                {enterprise.unit.district.name}
                {enterprise.unit.name}
              </dd>
            </div>
            <div>
              <dt className="inline text-slate-600">整治对象：</dt>
              <dd className="inline">
                已验收 {enterprise.accepted} 个，未验收 {enterprise.open} 个
              </dd>
            </div>
          </dl>
          <div className="mt-4">
            <MoveEnterpriseForm
              enterprise={{ id: enterprise.id, name: enterprise.name, districtCode: enterprise.unit.district.code }}
              districts={districts}
            />
          </div>
        </Card>
      )}
    </div>
  );
}
