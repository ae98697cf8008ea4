import { punishmentWorkbook } from "@/lib/exports/punishment-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { formatDate } from "@/lib/format";
import { punishmentCsv } from "@/lib/punishment/joint-punishment";
import { areaRoute } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listConfirmedPunishments } from "@/server/punishment/list-confirmed-punishments";

/** The confirmed 联合惩戒 list: ?format=csv for the credit-information platform, Excel otherwise. */
export const GET = areaRoute("punishment", async (user, request: Request) => {
  const campaign = await getCurrentCampaign(user);
  const rows = await listConfirmedPunishments(user, campaign.id);
  const name = `${campaign.year}年度联合惩戒名单`;
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(punishmentCsv(rows, formatDate), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="joint-punishment-${campaign.year}.csv"; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  }
  return xlsxResponse(await punishmentWorkbook(name, rows), `${name}.xlsx`, `joint-punishment-${campaign.year}.xlsx`);
});
