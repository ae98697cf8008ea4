import "server-only";
import { checkFileName, checkSize } from "@/lib/uploads";
import { writeAudit } from "@/server/audit";
import { prisma, type Tx } from "@/server/db";
import { taskProgressEditScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { storeThen } from "@/server/storage";
import { inspectUpload } from "@/server/uploads/inspect-upload";
import { uploadLimits } from "@/server/policies";

export type AttachmentResult = { ok: true; id: string } | { ok: false; status: number; message: string };

const NOT_FOUND = { ok: false, status: 404, message: "记录不存在或无权访问" } as const;

/** Attaches one file to a progress entry — by its author, under the same checks as case evidence. */
export async function uploadTaskAttachment(
  user: SessionUser,
  progressId: string,
  file: { name: string; bytes: Buffer },
): Promise<AttachmentResult> {
  for (const check of [checkFileName(file.name), checkSize(file.bytes.length, uploadLimits)]) if (!check.ok) return check;
  const entry = (db: Tx | typeof prisma) => db.taskProgress.findFirst({ where: { AND: [{ id: progressId }, taskProgressEditScope(user)] }, select: { id: true } });
  // Authorise before touching the disk, and again inside the transaction.
  if (!(await entry(prisma))) return NOT_FOUND;

  const inspected = await inspectUpload(file.bytes);
  if (!inspected.ok) return inspected;

  return storeThen(file.bytes, (storageKey) =>
    prisma.$transaction(async (tx) => {
      if (!(await entry(tx))) return NOT_FOUND;
      const row = await tx.taskAttachment.create({
        data: {
          progressId, storageKey, originalName: file.name, mime: inspected.mime, size: file.bytes.length, sha256: inspected.sha256,
          uploadedById: user.id,
        },
      });
      await writeAudit(tx, user.id, "task.uploadAttachment", [{ entity: "TaskAttachment", entityId: row.id, before: null, after: row }]);
      return { ok: true as const, id: row.id };
    }),
  );
}
