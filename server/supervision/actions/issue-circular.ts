"use server";
import { circularDocument } from "@/lib/documents/circular";
import { dataDateConflictMessage, dataDateConflicts, dataDateOf, dataDateRefusal } from "@/lib/documents/data-date";
import { issuerOf } from "@/lib/documents/office";
import { renderDocx } from "@/lib/documents/render-docx";
import { issueCircularInput } from "@/lib/supervision/input";
import { figuresOfUnit, type FrozenFigures } from "@/lib/supervision/rules";
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
 * 通报: the office names slow units and issues the text it drafted, previewed and edited on the page
 * (lib/documents/circular.ts). Every figure is the dashboard's as of the data date (数据截至: the 通报's date unless
 * the office chose an earlier one), frozen into the record; a text stating another day or time progress is refused.
 * The 发文字号 typed is kept (refused when already used); left empty, the next one of the year is assigned.
 * Publishing freezes the document: the .docx (and each named unit's copy, with its own figures only) is stored with
 * its SHA-256, and every download serves those bytes (/api/documents/notices/<id>).
 */
export const issueCircular = defineAction({
  name: "notice.issueCircular",
  input: issueCircularInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const campaign = await getCurrentCampaign(user, tx);
    await assertCampaignOpen(tx, campaign.id);
    const units = await tx.unit.findMany({
      where: { id: { in: input.unitIds }, districtId: campaign.districtId },
      select: { id: true },
    });
    if (units.length !== new Set(input.unitIds).size) throw new ActionError("INVALID", "被通报单位无效");
    const now = new Date();
    const dataDate = dataDateOf(input.date, input.dataDate);
    const refusal = dataDateRefusal(dataDate, input.date, now);
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
      true,
    );
    const figures: FrozenFigures = {
      at: all.at,
      elapsed: all.elapsed,
      units: all.units.filter((u) => input.unitIds.includes(u.unitId)),
    };
    return { campaign, referenceNo, dataDate, figures };
  },
  run: async ({ user, input, tx, resource: { campaign, referenceNo, dataDate, figures } }) => {
    const unitIds = [...new Set(input.unitIds)];
    const created = await tx.supervisionNotice.create({
      data: {
        kind: "CIRCULAR",
        campaignId: campaign.id,
        title: input.title,
        body: input.body,
        date: input.date,
        dataDate,
        figures,
        issuedById: user.id,
        referenceNo,
        recipients: input.recipients,
        units: { create: unitIds.map((unitId) => ({ unitId })) },
      },
    });
    // The document as published, and each named unit's copy, rendered at the moment of publication.
    const record = { ...created, figures, issuer: issuerOf(user.district) };
    const files = await Promise.all([
      renderDocx(circularDocument(record), created.createdAt),
      ...unitIds.map((id) =>
        renderDocx(circularDocument({ ...record, figures: figuresOfUnit(figures, id) }), created.createdAt),
      ),
    ]);
    const notice = await storeFrozen(files, async ([whole, ...copies]) => {
      await Promise.all(
        unitIds.map((unitId, i) =>
          tx.supervisionNoticeUnit.update({
            where: { noticeId_unitId: { noticeId: created.id, unitId } },
            data: { documentStorageKey: copies[i].key, documentSha256: copies[i].sha256 },
          }),
        ),
      );
      return tx.supervisionNotice.update({
        where: { id: created.id },
        data: { documentStorageKey: whole.key, documentSha256: whole.sha256 },
      });
    });
    await notify(
      tx,
      districtOf(user),
      { role: "TOWNSHIP", unitId: { in: input.unitIds } },
      `区工强办通报：${input.title}，请确认已阅`,
      "/supervision",
    );
    return {
      data: { id: notice.id, referenceNo, sha256: notice.documentSha256! },
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
