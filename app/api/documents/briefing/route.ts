import { briefingDocument } from "@/lib/documents/briefing";
import { renderDocx } from "@/lib/documents/render-docx";
import { docxResponse } from "@/lib/documents/response";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getBriefing } from "@/server/documents/briefing";

/** 工作进展简报 .docx of ?month=YYYY-MM of the selected campaign: the office and the leader (else 404). */
export const GET = areaRoute("briefings", async (user, request: Request) => {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  if (!/^\d{4}-\d{2}$/.test(month)) return notFoundResponse();
  const campaign = await getCurrentCampaign();
  const data = await getBriefing(user, campaign, month, new Date());
  if (!data) return notFoundResponse();
  return docxResponse(
    await renderDocx(briefingDocument(data)),
    `整治提升工作简报（${data.month.label}）.docx`,
    `briefing-${month}.docx`,
  );
});
