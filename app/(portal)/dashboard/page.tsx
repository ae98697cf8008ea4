import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OverdueSummary } from "@/components/cases/overdue-summary";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { OpenFindingsSummary } from "@/components/inspections/open-findings-summary";
import { Link } from "@/components/ui/app-link";
import { FigureLink } from "@/components/ui/figure-link";
import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { caseListHref } from "@/lib/href";
import { requireArea } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { countOverdue } from "@/server/cases/count-overdue";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { listRelapses } from "@/server/return-visits/list-relapses";

export const metadata: Metadata = { title: "全区总览" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ asOf?: string | string[] }> }) {
  const user = await requireArea("dashboard");
  const campaign = await getCurrentCampaign(user);
  const asOf = parseAsOf((await searchParams).asOf);
  const now = new Date();
  const at = asOfMoment(asOf.day, now);
  const dashboard = await getDashboard(user, campaign, at);
  if (!dashboard) notFound();
  // 统计截至 a past day: the banners too are as of then, and every link carries the day.
  const past = dashboard.past ? at : undefined;
  const asOfDay = past ? beijingIsoDay(at) : null;
  const relapses = await listRelapses(user, campaign.id, past);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{campaign.title}</h1>
      {relapses.length > 0 && (
        <section
          role="alert"
          aria-labelledby="relapse-title"
          className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm"
        >
          <h2 id="relapse-title" className="font-semibold text-red-800">
            回访发现死灰复燃（
            <FigureLink href={caseListHref({ relapsed: true, asOf: asOfDay })} figure={relapses.length} inline>
              {relapses.length}家
            </FigureLink>
            ，已撤销验收，不计入已验收）
          </h2>
          <ul className="mt-1 space-y-0.5">
            {relapses.map((r) => (
              <li key={r.id}>
                <Link href={`/cases/${r.case.id}`} className="text-red-800 underline">
                  {r.case.enterprise.name}
                </Link>
                （{r.unit.name}）
              </li>
            ))}
          </ul>
        </section>
      )}
      <OverdueSummary overdue={await countOverdue(user, campaign.id, now, undefined, past)} asOf={asOfDay} />
      <OpenFindingsSummary user={user} campaignId={campaign.id} at={past} asOf={asOfDay} />
      <DashboardView d={dashboard} path="/dashboard" asOfError={asOf.error} />
    </div>
  );
}
