import type { Metadata } from "next";

import { PublicTipForm } from "@/components/tips/public-tip-form";
import { TipLookup } from "@/components/tips/tip-lookup";
import { Link } from "@/components/ui/app-link";
import { publicTipPolicy } from "@/server/policies";
import { listPublicDistricts, publicTipDistrict } from "@/server/tips/public-tip-district";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "举报“低散乱”企业（作坊）" };
export const dynamic = "force-dynamic";

/**
 * The public 举报 page: no login. It shows nothing stored except what the reporter looks up by reference number.
 * Reached through its district (docs/domain.md §市级): `?district=<区划代码>`; a single-district installation needs none.
 */
export default async function PublicTipPage({
  searchParams,
}: {
  searchParams: Promise<{ district?: string | string[] }>;
}) {
  const raw = (await searchParams).district;
  const district = await publicTipDistrict(typeof raw === "string" ? raw : null);
  if (!district) {
    const districts = await listPublicDistricts();
    return (
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-6">
        <header className="space-y-1">
          <h1 className="text-xl font-semibold">举报“低散乱”企业（作坊）</h1>
          <p className="text-sm text-slate-600">请选择企业（作坊）所在的区县（市），由该区县（市）受理。</p>
        </header>
        <ul className="grid gap-2 sm:grid-cols-2">
          {districts.map((d) => (
            <li key={d.code}>
              <Link
                href={`/tip?district=${d.code}`}
                className="block min-h-11 rounded border border-slate-300 px-4 py-3"
              >
                {d.name}
              </Link>
            </li>
          ))}
        </ul>
        <TipLookup />
      </main>
    );
  }
  const units = await listUnitNames(district.id);
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-6">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">举报“低散乱”企业（作坊）</h1>
        <p className="text-sm text-slate-600">
          {district.officeName}受理。姓名和电话可不填；留下姓名或电话的实名举报，我们核查后办结。
          提交后您会得到一个受理编号，凭编号可查询办理进度。
        </p>
      </header>
      <PublicTipForm units={units} maxPhotos={publicTipPolicy.maxPhotos} district={district.code} />
      <TipLookup />
    </main>
  );
}
