import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { equipmentWorkbook } from "@/lib/exports/equipment-workbook";
import { unitParam, xlsxResponse } from "@/lib/exports/xlsx";
import { formatDate } from "@/lib/format";
import { readsOwnUnitOnly, worksInRemit } from "@/lib/rights";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { equipmentListCasesOf, listEquipment } from "@/server/reports/list-equipment";
import { getUnit } from "@/server/units/get-unit";

/**
 * 淘汰设备清单.xlsx — the equipment of the year's eliminations in the caller's reach (a township: its own
 * unit; a department: its remit), `?unit=<id>` one unit, `?cases=all` every elimination rather than the
 * accepted ones, `?asOf=YYYY-MM-DD` as of a past 统计截至 day (stated in the title); with the year's
 * totals by 去向 and by capacity unit.
 */
export const GET = areaRoute("reports", async (user, request: Request) => {
  const campaign = await getCurrentCampaign(user);
  const unitId = unitParam(request);
  const params = new URL(request.url).searchParams;
  const cases = equipmentListCasesOf(params.get("cases"));
  // 统计截至 (?asOf=): the cases as they stood at the end of that day, as on the dashboard.
  const now = new Date();
  const at = asOfMoment(parseAsOf(params.get("asOf")).day, now);
  const past = at !== now;
  const rows = await listEquipment(user, campaign.id, cases, unitId, past ? at : undefined);
  if (!rows) return notFoundResponse();
  const scopeUnit = readsOwnUnitOnly(user) ? user.unitId! : unitId;
  const unit = scopeUnit === undefined ? null : await getUnit(user, scopeUnit, campaign.id);
  if (scopeUnit !== undefined && !unit) return notFoundResponse();
  const who = unit?.name ?? (worksInRemit(user) && user.department ? `${user.department.name}职责范围` : "全区");
  const which = cases === "all" ? "全部淘汰落后产能企业" : "已验收整治对象";
  const body = await equipmentWorkbook(
    `${campaign.year}年度淘汰设备清单（${who}，${which}，统计截至${formatDate(at)}）`,
    rows,
  );
  const day = past ? `-截至${beijingIsoDay(at)}` : "";
  return xlsxResponse(
    new Uint8Array(body).buffer,
    `${campaign.year}年度淘汰设备清单-${who}${day}.xlsx`,
    `equipment-${campaign.year}${past ? `-${beijingIsoDay(at)}` : ""}.xlsx`,
  );
});
