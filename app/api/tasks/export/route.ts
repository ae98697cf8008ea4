import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getSessionUser } from "@/server/session";
import { buildTaskWorkbook } from "@/server/tasks/build-task-workbook";
import { listTaskLines } from "@/server/tasks/list-task-lines";

// Excel export of the task-line overview. A route handler is a public URL: the session and the
// user's scope are checked here again, whatever page linked to it.
export async function GET() {
  const user = await getSessionUser();
  if (!user) return text("登录已失效，请重新登录", 401);
  if (user.role === "TOWNSHIP") return text("页面不存在或无权访问", 404);
  const campaign = await getCurrentCampaign();
  const lines = await listTaskLines(user, campaign.id);
  const body = await buildTaskWorkbook(lines, campaign, new Date());
  const name = `${campaign.year}年重点工作进展.xlsx`;
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="tasks-${campaign.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function text(message: string, status: number) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}
