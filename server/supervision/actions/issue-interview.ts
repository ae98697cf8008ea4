"use server";
import { formatDate } from "@/lib/format";
import { issueInterviewInput } from "@/lib/supervision/input";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { referenceNoForIssue } from "@/server/documents/reference-numbers";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";

/**
 * 约谈: the office records a formal interview with a unit — time, place, participants, the issues raised (drafted from
 * the unit's figures on the page and edited), commitments, follow-up date; 约谈记录 .docx at /api/documents/notices/<id>.
 */
export const issueInterview = defineAction({
  name: "notice.issueInterview",
  input: issueInterviewInput,
  roles: ["OFFICE"],
  authorize: async ({ input, tx }) => {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
    if (!unit) throw new ActionError("INVALID", "约谈单位无效");
    if (input.followUpDate < input.date) throw new ActionError("INVALID", "跟踪复查日期不能早于约谈日期");
    const campaign = await getCurrentCampaign(tx);
    await assertCampaignOpen(tx, campaign.id);
    const referenceNo = await referenceNoForIssue(tx, input.referenceNo, input.date, false);
    return { unit, campaign, referenceNo };
  },
  run: async ({ user, input, tx, resource: { unit, campaign, referenceNo } }) => {
    const notice = await tx.supervisionNotice.create({
      data: {
        kind: "INTERVIEW",
        campaignId: campaign.id,
        title: `约谈${unit.name}`,
        body: input.body,
        date: input.date,
        participants: input.participants,
        commitments: input.commitments,
        followUpDate: input.followUpDate,
        issuedById: user.id,
        startTime: input.startTime,
        place: input.place,
        referenceNo,
        units: { create: { unitId: unit.id } },
      },
    });
    await notify(
      tx,
      { role: "TOWNSHIP", unitId: unit.id },
      `区工强办约谈记录（${formatDate(input.date)}），跟踪复查 ${formatDate(input.followUpDate)}，请确认已阅`,
      "/supervision",
    );
    return {
      data: { id: notice.id },
      audit: [{ entity: "SupervisionNotice", entityId: notice.id, before: null, after: notice }],
    };
  },
  revalidate: () => ["/supervision"],
});
