import "server-only";

import { assertCampaignOpen } from "@/server/campaigns/assert-campaign-open";
import { prisma } from "@/server/db";
import { notFound } from "@/server/errors";
import { steelInspectionScope, steelLineWriteScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** A photo or the inspection record of a steel inspection — by those who record on T10 (区发改局, the office), while the year is open. */
export function uploadSteelInspectionFile(user: SessionUser, id: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "steel.uploadFile",
    entity: "SteelInspectionFile",
    authorize: async (tx) => {
      const row = await tx.steelInspection.findFirst({
        where: { id, taskLine: steelLineWriteScope(user) },
        select: { taskLine: { select: { campaignId: true } } },
      });
      if (!row) throw notFound();
      await assertCampaignOpen(tx, row.taskLine.campaignId);
      return row;
    },
    create: (tx, meta) => tx.steelInspectionFile.create({ data: { ...meta, inspectionId: id, uploadedById: user.id } }),
  });
}

/** A steel inspection file the user may read (whoever reads the inspection), or null (missing and out of scope look the same). */
export function getSteelInspectionFile(user: SessionUser, fileId: string) {
  return prisma.steelInspectionFile.findFirst({
    where: { id: fileId, inspection: steelInspectionScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
