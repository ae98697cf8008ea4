import { briefingAsOf, briefingDocument, briefingMonths } from "@/lib/documents/briefing";
import { renderDocx } from "@/lib/documents/render-docx";
import { docxResponse } from "@/lib/documents/response";
import { areaRoute, notFoundResponse } from "@/server/areas";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getBriefing, getPublishedBriefing } from "@/server/documents/briefing";
import { readFrozen } from "@/server/documents/frozen-file";

/**
 * 工作进展简报 .docx of ?month=YYYY-MM of the selected campaign: the office and the leader (else 404). A published
 * month serves the file frozen at publication (the same bytes every time; SHA-256 in Repr-Digest); a month not yet
 * published is generated now, as of the month's end (today's figures while it runs), and named 未发布稿.
 */
export const GET = areaRoute("briefings", async (user, request: Request) => {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  if (!/^\d{4}-\d{2}$/.test(month)) return notFoundResponse();
  const campaign = await getCurrentCampaign(user);
  const now = new Date();
  const published = briefingMonths(campaign, now).some((m) => m.key === month)
    ? await getPublishedBriefing(campaign.id, month)
    : null;
  if (published) {
    const file = { key: published.documentStorageKey, sha256: published.documentSha256 };
    const label = `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
    return docxResponse(
      await readFrozen(file),
      `整治提升工作简报（${label}）.docx`,
      `briefing-${month}.docx`,
      file.sha256,
    );
  }
  const data = await getBriefing(user, campaign, month, now);
  if (!data) return notFoundResponse();
  return docxResponse(
    await renderDocx(briefingDocument(data), briefingAsOf(data.month, now)),
    `整治提升工作简报（${data.month.label}）（未发布稿）.docx`,
    `briefing-${month}-draft.docx`,
  );
});
