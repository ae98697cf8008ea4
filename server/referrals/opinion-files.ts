import "server-only";

import { mayAnswer } from "@/lib/referrals/rules";
import { prisma, type Tx } from "@/server/db";
import { ActionError } from "@/server/errors";
import { loadReferralForChange } from "@/server/referrals/load-for-change";
import { referralScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** Stores an attachment of the expert's opinion: the expert addressed, while the referral is open (not yet answered). */
export function uploadOpinionFile(user: SessionUser, referralId: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "referral.file",
    entity: "ExpertOpinionFile",
    authorize: async (db: Tx) => {
      const row = await loadReferralForChange(db, user, referralId);
      const decision = mayAnswer(user, row);
      if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
    },
    create: (tx, meta) => tx.expertOpinionFile.create({ data: { ...meta, referralId, uploadedById: user.id } }),
  });
}

/** An opinion attachment the user may read: on a referral within their reach (the expert: their own; never a township). */
export function getOpinionFile(user: SessionUser, fileId: string) {
  return prisma.expertOpinionFile.findFirst({
    where: { id: fileId, deletedAt: null, referral: referralScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}

/** A photo of an inspection finding, to whoever may read a referral of that finding (the expert asked, the referrers; never a township). */
export function getReferredFindingFile(user: SessionUser, fileId: string) {
  return prisma.inspectionFindingFile.findFirst({
    where: { id: fileId, role: "FINDING", deletedAt: null, finding: { referrals: { some: referralScope(user) } } },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
