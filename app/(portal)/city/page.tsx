import type { Metadata } from "next";

import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { requireArea } from "@/server/areas";
import { listDistricts } from "@/server/city/list-districts";

export const metadata: Metadata = { title: "全市总览" };

/**
 * 全市总览 (市工强办, 市领导; docs/domain.md §市级): the city's districts. The roll-up of each district's figures
 * from its own units and the districts' targets follow on this page; a district's records are never opened from here.
 */
export default async function CityPage() {
  await requireArea("city");
  const districts = await listDistricts();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">全市总览</h1>
      {districts.length === 0 ? (
        <EmptyState>尚无区县（市）</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-200">
            {districts.map((d) => (
              <li key={d.id} className="flex min-h-11 flex-wrap items-center gap-2 py-2">
                <span className="font-medium">{d.name}</span>
                <span className="text-sm text-slate-500">{d.officeName}</span>
                {d.isSample && <Badge>示例数据</Badge>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
