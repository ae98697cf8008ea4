import { taskWorkbook } from "@/lib/exports/task-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx";
import { readsOwnUnitOnly } from "@/lib/rights";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listTaskLines } from "@/server/tasks/list-task-lines";

// Excel export of the task-line overview. A route handler is a public URL: the session, the area and
// the user's scope are checked here again, whatever page linked to it.
// A township sees only its own part of each line, so the district-wide workbook is not its to export.
export const GET = areaRoute("tasks", async (user) => {
  if (readsOwnUnitOnly(user)) return notFoundResponse();
  const campaign = await getCurrentCampaign(user);
  const lines = await listTaskLines(user, campaign.id);
  const body = await taskWorkbook(lines, campaign, new Date());
  return xlsxResponse(body, `${campaign.year}年重点工作进展.xlsx`, `tasks-${campaign.year}.xlsx`);
});
