import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { AREAS, canSee } from "@/lib/areas";
import { homePath } from "@/lib/navigation";
import { listCampaignYears } from "@/server/campaigns/get-current-campaign";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "尚未开展年度工作" };

/**
 * What a district's users see while their district has no campaign year (a new district, docs/domain.md §市级): every
 * page of a year leads here (server/areas.ts requireArea). Its office is sent on to 年度管理 to open the first year; the
 * others wait for it. Once the district has a year, this page sends everyone home.
 */
export default async function NoCampaignPage() {
  const user = await requireUser();
  if (user.districtId === null || (await listCampaignYears(user)).length > 0) redirect(homePath(user));
  const opens = canSee(user.role, "campaigns");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{user.district?.name ?? "本区县"}尚未开展年度工作</h1>
      <div
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600"
        data-testid="no-campaign"
      >
        <p>本区县还没有任何年度的工作方案，总览、台账、任务等页面要在开启年度后才有内容。</p>
        {opens ? (
          <p>
            <Link href={AREAS.campaigns.href} className={buttonClass()}>
              到“年度管理”开启第一个年度
            </Link>
          </p>
        ) : (
          <p>请等待{user.district?.officeShortName ?? "区工强办"}在“年度管理”中开启年度。</p>
        )}
      </div>
    </div>
  );
}
