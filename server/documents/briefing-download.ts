import "server-only";

import { briefingAsOf, briefingDocument, briefingMonths } from "@/lib/documents/briefing";
import { renderDocx } from "@/lib/documents/render-docx";
import { docxResponse } from "@/lib/documents/response";
import type { Campaign } from "@/lib/generated/prisma/client";
import { notFoundResponse } from "@/server/areas";
import { getBriefing, getPublishedBriefing } from "@/server/documents/briefing";
import { readFrozen } from "@/server/documents/frozen-file";
import type { SessionUser } from "@/server/session";

/**
 * The 工作进展简报 .docx of `month` (YYYY-MM) of `campaign` as `user` may read it (not found otherwise): a published
 * month serves the file frozen at publication (the same bytes every time; SHA-256 in Repr-Digest); a month not yet
 * published is generated now, as of the month's end (today's figures while it runs), and named 未发布稿. The district's
 * own route and the city's read-only drill-down (through the district's viewer) both answer with it.
 */
export async function briefingDownload(user: SessionUser, campaign: Campaign, month: string): Promise<Response> {
  if (!/^\d{4}-\d{2}$/.test(month)) return notFoundResponse();
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
}
