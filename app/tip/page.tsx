import type { Metadata } from "next";

import { PublicTipForm } from "@/components/tips/public-tip-form";
import { TipLookup } from "@/components/tips/tip-lookup";
import { OFFICE_NAME } from "@/lib/office";
import { publicTipPolicy } from "@/server/policies";
import { listUnitNames } from "@/server/units/list-unit-names";

export const metadata: Metadata = { title: "举报“低散乱”企业（作坊）" };
export const dynamic = "force-dynamic";

/** The public 举报 page: no login. It shows nothing stored except what the reporter looks up by reference number. */
export default async function PublicTipPage() {
  const units = await listUnitNames();
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-6">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">举报“低散乱”企业（作坊）</h1>
        <p className="text-sm text-slate-600">
          {OFFICE_NAME}受理。姓名和电话可不填；留下姓名或电话的实名举报，我们核查后办结。
          提交后您会得到一个受理编号，凭编号可查询办理进度。
        </p>
      </header>
      <PublicTipForm units={units} maxPhotos={publicTipPolicy.maxPhotos} />
      <TipLookup />
    </main>
  );
}
