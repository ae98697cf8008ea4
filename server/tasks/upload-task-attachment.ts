import "server-only";

import { notFound } from "@/server/errors";
import { taskProgressEditScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/**
 * Attaches one file to a progress entry — by its author, under the same checks as case evidence. A
 * refusal on the re-check inside the transaction throws, so the stored file is removed again.
 */
export function uploadTaskAttachment(user: SessionUser, progressId: string, file: { name: string; bytes: Buffer }) {
  return uploadOneFile({
    user,
    file,
    action: "task.uploadAttachment",
    entity: "TaskAttachment",
    authorize: async (db) => {
      const entry = await db.taskProgress.findFirst({
        where: { AND: [{ id: progressId }, taskProgressEditScope(user)] },
        select: { id: true },
      });
      if (!entry) throw notFound();
    },
    create: (tx, { capturedAt: _, ...meta }) =>
      tx.taskAttachment.create({ data: { ...meta, progressId, uploadedById: user.id } }),
  });
}
