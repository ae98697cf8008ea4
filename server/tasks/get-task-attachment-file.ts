import "server-only";

import { prisma } from "@/server/db";
import { taskAttachmentScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** An attachment on a line the user may read (its stored key, name and type) or null (missing and out of scope look the same). */
export function getTaskAttachmentFile(user: SessionUser, attachmentId: string) {
  return prisma.taskAttachment.findFirst({
    where: { AND: [{ id: attachmentId }, taskAttachmentScope(user)] },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
