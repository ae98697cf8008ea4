import { beijingDayNumber, dayNumber, parseDay } from "@/lib/dates";
import { runsCampaign } from "@/lib/rights";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { documentFigures } from "@/server/documents/figures-as-of";
import { guard } from "@/server/http/guard";
import { httpError, NOT_FOUND_MESSAGE } from "@/server/http/response";

// The figures a 通报 or 约谈 dated ?asOf=YYYY-MM-DD states, for its draft and preview on the page: every unit's, as
// the dashboard computes them at 统计截至 that day (server/documents/figures-as-of.ts). The office only.
export const GET = guard({ area: "supervision" }, async (user, req: Request) => {
  if (!runsCampaign(user)) return httpError(404, NOT_FOUND_MESSAGE);
  const day = parseDay(new URL(req.url).searchParams.get("asOf") ?? "");
  if (!day) return httpError(400, "数据截至日期无效（应为 YYYY-MM-DD）");
  const now = new Date();
  if (dayNumber(day) > beijingDayNumber(now)) return httpError(400, "数据截至日期不能晚于今天，还没有那一天的数据");
  const figures = await documentFigures(user, await getCurrentCampaign(user), day, now);
  if (!figures) return httpError(404, NOT_FOUND_MESSAGE);
  return Response.json(figures, { headers: { "Cache-Control": "private, no-store" } });
});
