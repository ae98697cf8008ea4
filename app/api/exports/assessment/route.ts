import { parseAsOf } from "@/lib/dashboard/history";
import { assessmentWorkbook } from "@/lib/exports/assessment-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { formatDate } from "@/lib/format";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getAssessment, visibleTargets } from "@/server/assessment/get-assessment";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";

/**
 * 评价考核.xlsx: `?target=UNIT|DEPARTMENT` (default: the first the user sees), `?view=published` (the frozen scores) or the draft as of
 * `?asOf=YYYY-MM-DD` (default today). Cut to the user's scope: a township its own unit's row only.
 */
export const GET = areaRoute("assessment", async (user, request: Request) => {
  const url = new URL(request.url);
  const asked = url.searchParams.get("target");
  const target = asked === "UNIT" || asked === "DEPARTMENT" ? asked : visibleTargets(user)[0];
  if (!target) return notFoundResponse();
  const campaign = await getCurrentCampaign(user);
  const a = await getAssessment(user, campaign, target, parseAsOf(url.searchParams.get("asOf")).day);
  if (!a) return notFoundResponse();
  const who = target === "UNIT" ? "镇（乡）街道园区" : "牵头部门";
  const published = url.searchParams.get("view") === "published";
  if (published && !a.publication) return notFoundResponse();
  const title = published
    ? `${campaign.year}年度${who}评价考核结果（已发布，统计截至${formatDate(a.publication!.asOf)}）`
    : `${campaign.year}年度${who}评价考核得分（草稿，统计截至${formatDate(a.at)}）`;
  const [indicators, rows] = published ? [a.publication!.scheme, a.publication!.rows] : [a.indicators, a.draft];
  return xlsxResponse(
    await assessmentWorkbook(title, indicators, rows),
    `${title}.xlsx`,
    `assessment-${campaign.year}-${target.toLowerCase()}.xlsx`,
  );
});
