import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { annexWorkbook } from "@/lib/exports/annex-workbook";
import { unitParam, xlsxResponse } from "@/lib/exports/xlsx";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getDashboard } from "@/server/dashboard/get-dashboard";

/** 目标任务分解表（完成情况）.xlsx — the district, or one unit (always the own unit for a township officer). */
export const GET = areaRoute("reports", async (user, request: Request) => {
  const campaign = await getCurrentCampaign(user);
  // 统计截至: the figures as they stood on ?asOf=YYYY-MM-DD (a malformed day reads as today).
  const asOf = parseAsOf(new URL(request.url).searchParams.get("asOf"));
  const d = await getDashboard(user, campaign, asOfMoment(asOf.day, new Date()), unitParam(request));
  if (!d) return notFoundResponse();
  const body = await annexWorkbook({
    ...d,
    year: campaign.year,
    lagThresholdPoints: campaign.lagThresholdPoints,
    unitName: d.unit?.name ?? null,
  });
  const who = d.unit?.name ?? "全区";
  return xlsxResponse(body, `${campaign.year}年度目标任务分解表完成情况-${who}.xlsx`, `annex-${campaign.year}.xlsx`);
});
