"use server";
import { z } from "zod";

import { cuid, version } from "@/lib/fields";
import { mayAnswer } from "@/lib/referrals/rules";
import { defineAction } from "@/server/action";
import { notFound } from "@/server/errors";
import { authorizeReferralChange } from "@/server/referrals/load-for-change";
import { updateVersioned } from "@/server/versioned-update";

/**
 * The expert removes an attachment uploaded by mistake — only while writing the opinion (the referral
 * open, mayAnswer). The row and the stored file are kept (nothing is lost), hidden from every view. The
 * referral's version is bumped, so a stale page, or an answer submitted meanwhile, is refused first.
 */
export const removeOpinionFile = defineAction({
  name: "referral.removeFile",
  input: z.object({ fileId: cuid, version }),
  roles: ["EXPERT"],
  authorize: async ({ user, input, tx }) => {
    const file = await tx.expertOpinionFile.findFirst({ where: { id: input.fileId, deletedAt: null } });
    if (!file) throw notFound();
    await authorizeReferralChange(tx, user, file.referralId, input.version, (row) => mayAnswer(user, row));
    return file;
  },
  run: async ({ input, tx, resource: before }) => {
    await updateVersioned(tx.expertReferral, before.referralId, input.version, {});
    const after = await tx.expertOpinionFile.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    return { data: null, audit: [{ entity: "ExpertOpinionFile", entityId: before.id, before, after }] };
  },
  revalidate: () => [],
});
