"use server";
import { dataDateConflictMessage, dataDateConflicts, dataDateOf, dataDateRefusal } from "@/lib/documents/data-date";
import { interviewDocument } from "@/lib/documents/interview";
import { issuerOf } from "@/lib/documents/office";
import { renderDocx } from "@/lib/documents/render-docx";
import { formatDate } from "@/lib/format";
import { issueInterviewInput } from "@/lib/supervision/input";
import { figuresOfUnit } from "@/lib/supervision/rules";
import { defineAction } from "@/server/action";
import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { documentFigures } from "@/server/documents/figures-as-of";
import { storeFrozen } from "@/server/documents/frozen-file";
import { referenceNoForIssue } from "@/server/documents/reference-numbers";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { districtOf } from "@/server/scope";

/** A refusal shown at the form field it concerns. */
const invalidField = (field: string, message: string) => new ActionError("INVALID", message, { [field]: [message] });

/**
 * 约谈: the office records a formal interview with a unit — time, place, participants, the issues raised (drafted from
 * the unit's figures as of the data date on the page, previewed and edited), commitments, follow-up date. The unit's
 * figures as of the data date (数据截至: the 约谈's date unless the office chose an earlier one) are frozen with the
 * record; issues stating another day or time progress are refused. Publishing freezes the 约谈记录 .docx (stored with
 * its SHA-256, served at /api/documents/notices/<id>).
 */
export const issueInterview = defineAction({
  name: "notice.issueInterview",
  input: issueInterviewInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const unit = await tx.unit.findFirst({
      where: { id: input.unitId, districtId: districtOf(user) },
      select: { id: true, name: true },
    });
    if (!unit) throw new ActionError("INVALID", "约谈单位无效");
    if (input.followUpDate < input.date) throw invalidField("followUpDate", "跟踪复查日期不能早于约谈日期");
    const campaign = await getCurrentCampaign(user, tx);
    await assertCampaignOpen(tx, campaign.id);
    const now = new Date();
    const dataDate = dataDateOf(input.date, input.dataDate);
    const refusal = dataDateRefusal(dataDate, input.date, now, "约谈");
    if (refusal) throw invalidField(input.dataDate ? "dataDate" : "date", refusal);
    const all = await documentFigures(user, campaign, dataDate, now, tx);
    if (!all) throw new ActionError("FORBIDDEN", "您的账号无权查看全区进度");
    const conflicts = dataDateConflicts(input.body, dataDate, all.elapsed);
    if (conflicts.length) throw invalidField("body", dataDateConflictMessage(conflicts));
    const referenceNo = await referenceNoForIssue(
      tx,
      { id: districtOf(user), docPrefix: user.district?.docPrefix ?? "" },
      input.referenceNo,
      input.date,
      false,
    );
    return { unit, campaign, referenceNo, dataDate, figures: figuresOfUnit(all, unit.id) };
  },
  run: async ({ user, input, tx, resource: { unit, campaign, referenceNo, dataDate, figures } }) => {
    const created = await tx.supervisionNotice.create({
      data: {
        kind: "INTERVIEW",
        campaignId: campaign.id,
        title: `约谈${unit.name}`,
        body: input.body,
        date: input.date,
        dataDate,
        figures: { at: figures.at, elapsed: figures.elapsed, units: figures.units },
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
    const file = await renderDocx(
      interviewDocument({ ...created, unitName: unit.name, issuer: issuerOf(user.district) }),
      created.createdAt,
    );
    const notice = await storeFrozen([file], ([stored]) =>
      tx.supervisionNotice.update({
        where: { id: created.id },
        data: { documentStorageKey: stored.key, documentSha256: stored.sha256 },
      }),
    );
    await notify(
      tx,
      districtOf(user),
      { role: "TOWNSHIP", unitId: unit.id },
      `区工强办约谈记录（${formatDate(input.date)}），跟踪复查 ${formatDate(input.followUpDate)}，请确认已阅`,
      "/supervision",
    );
    return {
      data: { id: notice.id, sha256: notice.documentSha256! },
      audit: [{ entity: "SupervisionNotice", entityId: notice.id, before: null, after: notice }],
    };
  },
  revalidate: () => ["/supervision"],
});
