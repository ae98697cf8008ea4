import "server-only";

import { prisma } from "@/server/db";
import { findingFileScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A finding's file the user may read (its stored key, name and type) or null (missing and out of scope look the same). */
export function getFindingFile(user: SessionUser, fileId: string) {
  return prisma.inspectionFindingFile.findFirst({
    where: { AND: [{ id: fileId, deletedAt: null }, findingFileScope(user)] },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
