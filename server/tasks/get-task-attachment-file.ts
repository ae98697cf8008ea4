import "server-only";
import { prisma } from "@/server/db";
import { taskAttachmentScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { storage } from "@/server/storage";

/** An attachment on a line the user may read, with its bytes, or null (missing and out of scope look the same). */
export async function getTaskAttachmentFile(user: SessionUser, attachmentId: string) {
  const row = await prisma.taskAttachment.findFirst({
    where: { AND: [{ id: attachmentId }, taskAttachmentScope(user)] },
    select: { storageKey: true, originalName: true, mime: true },
  });
  if (!row) return null;
  return { ...row, bytes: await storage.get(row.storageKey) };
}
