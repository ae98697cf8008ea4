import { equipmentWorkbook } from "@/lib/exports/equipment-workbook";
import { unitParam, xlsxResponse } from "@/lib/exports/xlsx";
import { readsOwnUnitOnly, worksInRemit } from "@/lib/rights";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { equipmentListCasesOf, listEquipment } from "@/server/reports/list-equipment";
import { getUnit } from "@/server/units/get-unit";

/**
 * 淘汰设备清单.xlsx — the equipment of the year's eliminations in the caller's reach (a township: its own
 * unit; a department: its remit), `?unit=<id>` one unit, `?cases=all` every elimination rather than the
 * accepted ones; with the year's totals by 去向 and by capacity unit.
 */
export const GET = areaRoute("reports", async (user, request: Request) => {
  const campaign = await getCurrentCampaign(user);
  const unitId = unitParam(request);
  const cases = equipmentListCasesOf(new URL(request.url).searchParams.get("cases"));
  const rows = await listEquipment(user, campaign.id, cases, unitId);
  if (!rows) return notFoundResponse();
  const scopeUnit = readsOwnUnitOnly(user) ? user.unitId! : unitId;
  const unit = scopeUnit === undefined ? null : await getUnit(user, scopeUnit, campaign.id);
  if (scopeUnit !== undefined && !unit) return notFoundResponse();
  const who = unit?.name ?? (worksInRemit(user) && user.department ? `${user.department.name}职责范围` : "全区");
  const which = cases === "all" ? "全部淘汰案件" : "已验收案件";
  const body = await equipmentWorkbook(`${campaign.year}年度淘汰设备清单（${who}，${which}）`, rows);
  return xlsxResponse(
    new Uint8Array(body).buffer,
    `${campaign.year}年度淘汰设备清单-${who}.xlsx`,
    `equipment-${campaign.year}.xlsx`,
  );
});
