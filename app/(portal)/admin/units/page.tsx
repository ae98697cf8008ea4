import type { Metadata } from "next";

import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { EditUnitForm, NewUnitForm } from "@/components/units/unit-admin-forms";
import { unitKindLabel } from "@/lib/labels";
import { managesUnits } from "@/lib/rights";
import { requireArea } from "@/server/areas";
import { districtCodeOf, listDistrictUnits } from "@/server/units/list-district-units";

export const metadata: Metadata = { title: "单位管理" };

/**
 * 单位管理 (区工强办; docs/domain.md §市级): the district's own 镇、乡、街道、园区 in annex order with their accounts; a new
 * unit (it then appears in 目标任务分解 as not split, in 分解表 and in 用户管理's unit choices), a unit renamed or moved.
 * No deletion: cases, tips, quotas and accounts refer to units.
 */
export default async function UnitsAdminPage() {
  const user = await requireArea("adminUnits");
  const [units, districtCode] = await Promise.all([listDistrictUnits(user), districtCodeOf(user)]);
  const edits = managesUnits(user);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">单位管理</h1>
      <p className="text-sm text-slate-600">
        本区县的镇、乡、街道和园区。新增的单位出现在目标任务分解（尚未分解）、全区总览的分解表和用户管理的单位选项中。
        单位一经建立不能删除（整治对象、举报、目标任务和账号都记在单位名下），可以改名或调整排列顺序。
      </p>
      {units.length === 0 ? (
        <EmptyState>本区县尚无单位，请在下方新增镇、乡、街道或园区</EmptyState>
      ) : (
        <Table label="本区县单位" className="sm:min-w-[40rem]">
          <THead>
            <tr>
              <Th>单位</Th>
              <Th>类型</Th>
              <Th>代码</Th>
              <Th align="right">顺序</Th>
              <Th align="right">账号数</Th>
              {edits && <Th>修改</Th>}
            </tr>
          </THead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} data-testid={`unit-${u.code}`}>
                <Td className="font-medium">{u.name}</Td>
                <Td label="类型">{unitKindLabel[u.kind]}</Td>
                <Td label="代码" className="font-mono">
                  {u.code}
                </Td>
                <Td label="顺序" numeric align="right">
                  {u.displayOrder}
                </Td>
                <Td label="账号数" numeric align="right">
                  {u._count.users}
                </Td>
                {edits && (
                  <Td label="修改">
                    <details>
                      <summary className="min-h-11 cursor-pointer py-2 text-brand-700">改名或调整顺序</summary>
                      <EditUnitForm unit={u} />
                    </details>
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {edits && (
        <Card aria-labelledby="new-unit">
          <h2 id="new-unit" className="mb-1 font-semibold">
            新增单位
          </h2>
          <p className="mb-3 text-sm text-slate-600">名称在本区县内不得重复，代码在全市不得重复；新增后不能删除。</p>
          <NewUnitForm districtCode={districtCode} nextOrder={Math.max(0, ...units.map((u) => u.displayOrder)) + 1} />
        </Card>
      )}
    </div>
  );
}
