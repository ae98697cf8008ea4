import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "全区总览" };

export default async function DashboardPage() {
  const user = await requireUser();
  // Township officers have their own unit's dashboard on their unit page.
  if (user.role !== "OFFICE" && user.role !== "LEADER") notFound();
  const campaign = await getCurrentCampaign();
  const dashboard = await getDashboard(user, campaign, new Date());
  if (!dashboard) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{campaign.title}</h1>
      <DashboardView d={dashboard} />
    </div>
  );
}
