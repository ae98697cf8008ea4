import { areaRoute } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { briefingDownload } from "@/server/documents/briefing-download";

/**
 * 工作进展简报 .docx of ?month=YYYY-MM of the selected campaign: the office and the leader (else 404). A published
 * month serves the file frozen at publication (the same bytes every time; SHA-256 in Repr-Digest); a month not yet
 * published is generated now, as of the month's end (today's figures while it runs), and named 未发布稿.
 */
export const GET = areaRoute("briefings", async (user, request: Request) => {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  return briefingDownload(user, await getCurrentCampaign(user), month);
});
