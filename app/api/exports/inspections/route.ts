import { findingsWorkbook } from "@/lib/exports/inspection-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { findingFilterLabel, findingFilterOf } from "@/lib/labels";
import { readsOwnUnitOnly } from "@/lib/rights";
import { areaRoute } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listFindingsForExport } from "@/server/inspections/list-findings";

/**
 * 监督检查问题清单.xlsx: the year's findings the user may read, `?status=open|answered|closed|all` as on
 * the list (default 待整改). Cut to the user's scope in the query: a township its own unit's, a department
 * those of the rounds it takes part in.
 */
export const GET = areaRoute("inspections", async (user, request: Request) => {
  const filter = findingFilterOf(new URL(request.url).searchParams.get("status"));
  const campaign = await getCurrentCampaign(user);
  const rows = await listFindingsForExport(user, campaign.id, filter);
  const title = `${campaign.year}年度监督检查发现的问题（${readsOwnUnitOnly(user) && user.unit ? `${user.unit.name}，` : ""}${findingFilterLabel[filter]}）`;
  return xlsxResponse(
    await findingsWorkbook(title, rows, new Date()),
    `${title}.xlsx`,
    `inspection-findings-${campaign.year}-${filter}.xlsx`,
  );
});
