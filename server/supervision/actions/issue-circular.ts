"use server";
import { issueCircularInput } from "@/lib/supervision/input";
import { freezeFigures } from "@/lib/supervision/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { referenceNoForIssue } from "@/server/documents/reference-numbers";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";

/**
 * 通报: the office names slow units and issues the text it drafted and edited on the page (lib/documents/circular.ts);
 * the units' dashboard figures at this moment are frozen into the record. The 发文字号 typed is kept (refused when
 * already used); left empty, the next one of the year is assigned. The record is the document: /api/documents/notices/<id>.
 */
export const issueCircular = defineAction({
  name: "notice.issueCircular",
  input: issueCircularInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(tx);
    await assertCampaignOpen(tx, campaign.id);
    const units = await tx.unit.findMany({ where: { id: { in: input.unitIds } }, select: { id: true } });
    if (units.length !== new Set(input.unitIds).size) throw new ActionError("INVALID", "被通报单位无效");
    const now = new Date();
    const dashboard = await getDashboard(user, campaign, now, undefined, tx);
    if (!dashboard) throw new ActionError("FORBIDDEN", "您的账号无权查看全区进度");
    const referenceNo = await referenceNoForIssue(tx, input.referenceNo, input.date, true);
    return { campaign, referenceNo, figures: freezeFigures(dashboard.rows, input.unitIds, dashboard.elapsed, now) };
  },
  run: async ({ user, input, tx, resource: { campaign, referenceNo, figures } }) => {
    const notice = await tx.supervisionNotice.create({
      data: {
        kind: "CIRCULAR",
        campaignId: campaign.id,
        title: input.title,
        body: input.body,
        date: input.date,
        figures,
        issuedById: user.id,
        referenceNo,
        recipients: input.recipients,
        units: { create: [...new Set(input.unitIds)].map((unitId) => ({ unitId })) },
      },
    });
    await notify(
      tx,
      { role: "TOWNSHIP", unitId: { in: input.unitIds } },
      `区工强办通报：${input.title}，请确认已阅`,
      "/supervision",
    );
    return {
      data: { id: notice.id, referenceNo },
      audit: [
        {
          entity: "SupervisionNotice",
          entityId: notice.id,
          before: null,
          after: { ...notice, unitIds: input.unitIds },
        },
      ],
    };
  },
  revalidate: () => ["/supervision"],
});
