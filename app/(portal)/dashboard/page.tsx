import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnexTable } from "@/components/annex-table";
import { formatDate } from "@/lib/format";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { requireUser } from "@/server/session";
import { getAnnex } from "@/server/units/get-annex";

export const metadata: Metadata = { title: "全区总览" };

export default async function DashboardPage() {
  const user = await requireUser();
  if (user.role !== "OFFICE" && user.role !== "LEADER") notFound();
  const campaign = await getCurrentCampaign();
  const { rows, district } = await getAnnex(user, campaign.id);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{campaign.title}</h1>
        <p className="text-sm text-slate-600">完成时限：{formatDate(campaign.deadline)}</p>
      </div>
      <section aria-labelledby="annex-title" className="space-y-2">
        <h2 id="annex-title" className="font-semibold">{campaign.year}年度目标任务分解表</h2>
        <AnnexTable rows={rows} district={district} linkUnits />
        <p className="text-xs text-slate-500">“/”表示该单位无此项任务；全区合计由各单位数据自动汇总。</p>
      </section>
    </div>
  );
}
