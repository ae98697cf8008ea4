import { punishmentWorkbook } from "@/lib/exports/punishment-workbook";
import { punishmentCsv } from "@/lib/joint-punishment";
import { formatDate } from "@/lib/format";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listConfirmedPunishments } from "@/server/punishment/list-confirmed-punishments";
import { getSessionUser } from "@/server/session";

/** The confirmed 联合惩戒 list: ?format=csv for the credit-information platform, Excel otherwise. Office only. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return new Response("请先登录", { status: 401 });
  if (user.role !== "OFFICE") return new Response("记录不存在或无权访问", { status: 404 });
  const campaign = await getCurrentCampaign();
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
}
