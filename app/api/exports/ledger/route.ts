import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { ledgerWorkbook } from "@/lib/exports/ledger-workbook";
import { unitParam, xlsxResponse } from "@/lib/exports/xlsx";
import { readsOwnUnitOnly } from "@/lib/rights";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listLedger } from "@/server/reports/list-ledger";
import { getUnit } from "@/server/units/get-unit";

/** 台账.xlsx — every case in the caller's reach (a township officer: their own unit only). */
export const GET = areaRoute("reports", async (user, request: Request) => {
  const campaign = await getCurrentCampaign(user);
  const unitId = unitParam(request);
  // 统计截至: the ledger as it stood on ?asOf=YYYY-MM-DD (before today; otherwise today's).
  const asOf = parseAsOf(new URL(request.url).searchParams.get("asOf"));
  const now = new Date();
  const moment = asOfMoment(asOf.day, now);
  const cases = await listLedger(user, campaign.id, unitId, moment === now ? undefined : moment);
  if (!cases) return notFoundResponse();
  const scopeUnit = readsOwnUnitOnly(user) ? user.unitId! : unitId;
  const unit = scopeUnit === undefined ? null : await getUnit(user, scopeUnit, campaign.id);
  if (scopeUnit !== undefined && !unit) return notFoundResponse();
  const who = unit?.name ?? "全区";
  const body = await ledgerWorkbook(`${campaign.year}年度淘汰落后产能及“低散乱”整治提升台账（${who}）`, cases);
  return xlsxResponse(body, `${campaign.year}年度整治台账-${who}.xlsx`, `ledger-${campaign.year}.xlsx`);
});
