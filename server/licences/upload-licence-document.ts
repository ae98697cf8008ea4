import "server-only";

import { prisma } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { isLicenceOffice } from "@/server/licences/licence-office";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/** Attaches the cancellation decision (one document) to a recorded cancellation — 区市场监管局 only, same checks as case evidence. */
export function uploadLicenceDocument(
  user: SessionUser,
  cancellationId: string,
  file: { name: string; bytes: Buffer },
) {
  return uploadOneFile({
    user,
    file,
    action: "licence.uploadDocument",
    entity: "LicenceCancellation",
    authorize: async (db) => {
      if (!(await isLicenceOffice(user, db))) throw notFound();
      const row = await db.licenceCancellation.findUnique({
        where: { id: cancellationId },
        select: { storageKey: true },
      });
      if (!row) throw notFound();
      if (row.storageKey) throw new ActionError("CONFLICT", "该注销记录已有文书，不能重复上传");
    },
    create: (tx, { capturedAt: _, ...meta }) =>
      tx.licenceCancellation.update({ where: { id: cancellationId }, data: meta }),
  });
}

/** The stored document of a cancellation, for 区市场监管局; null otherwise (missing and out of reach look the same). */
export async function getLicenceDocumentFile(user: SessionUser, cancellationId: string) {
  if (!(await isLicenceOffice(user))) return null;
  const row = await prisma.licenceCancellation.findUnique({
    where: { id: cancellationId },
    select: { storageKey: true, originalName: true, mime: true },
  });
  return row?.storageKey ? { storageKey: row.storageKey, originalName: row.originalName!, mime: row.mime! } : null;
}
