"use server";
import { z } from "zod";

import { briefingDocument, briefingMonths } from "@/lib/documents/briefing";
import { renderDocx } from "@/lib/documents/render-docx";
import { formatDate } from "@/lib/format";
import { defineAction } from "@/server/action";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getBriefing } from "@/server/documents/briefing";
import { storeFrozen } from "@/server/documents/frozen-file";
import { ActionError } from "@/server/errors";

const publishBriefingInput = z.object({
  month: z.string({ error: "请选择月份" }).regex(/^\d{4}-\d{2}$/, "请选择月份"),
});

/**
 * The office publishes a month's 工作进展简报 once the month is over: every figure as of the month's last day (the
 * dashboard's 统计截至 that day), the .docx frozen — stored with its SHA-256 — and served for every later download.
 * Once per month; allowed after the campaign is closed (the briefing is about that year).
 */
export const publishBriefing = defineAction({
  name: "briefing.publish",
  input: publishBriefingInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    const now = new Date();
    const month = briefingMonths(campaign, now).find((m) => m.key === input.month);
    if (!month) throw new ActionError("INVALID", "该月份不在本年度工作期间内");
    if (month.end.getTime() > now.getTime())
      throw new ActionError("INVALID", `${month.label}尚未结束，月末之后才能发布本期简报（现在可以预览）`);
    const published = await tx.publishedBriefing.findUnique({
      where: { campaignId_month: { campaignId: campaign.id, month: month.key } },
      select: { publishedAt: true },
    });
    if (published)
      throw new ActionError("CONFLICT", `${month.label}简报已于${formatDate(published.publishedAt)}发布，不能重复发布`);
    const data = await getBriefing(user, campaign, month.key, now, tx);
    if (!data) throw new ActionError("FORBIDDEN", "您的账号无权查看全区进度");
    return { campaign, data, now };
  },
  run: async ({ user, tx, resource: { campaign, data, now } }) => {
    const file = await renderDocx(briefingDocument(data), now);
    const row = await storeFrozen([file], ([stored]) =>
      tx.publishedBriefing.create({
        data: {
          campaignId: campaign.id,
          month: data.month.key,
          issue: data.month.issue,
          dataDate: data.asOfDay,
          documentStorageKey: stored.key,
          documentSha256: stored.sha256,
          publishedById: user.id,
          publishedAt: now,
        },
      }),
    );
    return {
      data: { id: row.id, sha256: row.documentSha256 },
      audit: [{ entity: "PublishedBriefing", entityId: row.id, before: null, after: row }],
    };
  },
  revalidate: () => ["/briefings"],
});
