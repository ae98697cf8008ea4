import { annexWorkbook } from "@/lib/exports/annex-workbook";
import { unitParam, xlsxResponse } from "@/lib/exports/xlsx";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { getSessionUser } from "@/server/session";

/** 目标任务分解表（完成情况）.xlsx — the district, or one unit (always the own unit for a township officer). */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return new Response("请先登录", { status: 401 });
  const campaign = await getCurrentCampaign();
  const d = await getDashboard(user, campaign, new Date(), unitParam(request));
  if (!d) return new Response("记录不存在或无权访问", { status: 404 });
  const body = await annexWorkbook({
    ...d, year: campaign.year, lagThresholdPoints: campaign.lagThresholdPoints, unitName: d.unit?.name ?? null,
  });
  const who = d.unit?.name ?? "全区";
  return xlsxResponse(body, `${campaign.year}年度目标任务分解表完成情况-${who}.xlsx`, `annex-${campaign.year}.xlsx`);
}
