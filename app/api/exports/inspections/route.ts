import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { findingsWorkbook } from "@/lib/exports/inspection-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { formatDate } from "@/lib/format";
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
  const params = new URL(request.url).searchParams;
  const filter = findingFilterOf(params.get("status"));
  const campaign = await getCurrentCampaign(user);
  // 统计截至 (?asOf=): the findings as they stood at the end of that day, as the list and the dashboard read them.
  const now = new Date();
  const at = asOfMoment(parseAsOf(params.get("asOf")).day, now);
  const past = at !== now;
  const rows = await listFindingsForExport(user, campaign.id, filter, past ? at : undefined);
  const who = readsOwnUnitOnly(user) && user.unit ? `${user.unit.name}，` : "";
  const name = `${campaign.year}年度监督检查发现的问题（${who}${findingFilterLabel[filter]}`;
  // The sheet's title states the day always; the file's name only when it is a past one.
  const title = `${name}，统计截至${formatDate(at)}）`;
  return xlsxResponse(
    await findingsWorkbook(title, rows, at),
    `${name}${past ? `，统计截至${beijingIsoDay(at)}` : ""}）.xlsx`,
    `inspection-findings-${campaign.year}-${filter}${past ? `-${beijingIsoDay(at)}` : ""}.xlsx`,
  );
});
