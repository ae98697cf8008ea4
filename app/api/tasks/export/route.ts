import { asOfMoment, parseAsOf } from "@/lib/dashboard/history";
import { beijingIsoDay } from "@/lib/dates";
import { taskWorkbook } from "@/lib/exports/task-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { readsOwnUnitOnly } from "@/lib/rights";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listTaskLines } from "@/server/tasks/list-task-lines";

// Excel export of the task-line overview. A route handler is a public URL: the session, the area and
// the user's scope are checked here again, whatever page linked to it.
// A township sees only its own part of each line, so the district-wide workbook is not its to export.
// `?asOf=YYYY-MM-DD`: 统计截至 a past day, as on /tasks (the figures' headings state the day).
export const GET = areaRoute("tasks", async (user, request: Request) => {
  if (readsOwnUnitOnly(user)) return notFoundResponse();
  const campaign = await getCurrentCampaign(user);
  const lines = await listTaskLines(user, campaign.id);
  const now = new Date();
  const at = asOfMoment(parseAsOf(new URL(request.url).searchParams.get("asOf")).day, now);
  const past = at !== now;
  const body = await taskWorkbook(lines, campaign, at, past);
  const suffix = past ? `（截至${beijingIsoDay(at)}）` : "";
  return xlsxResponse(
    body,
    `${campaign.year}年重点工作进展${suffix}.xlsx`,
    `tasks-${campaign.year}${past ? `-${beijingIsoDay(at)}` : ""}.xlsx`,
  );
});
