import "server-only";

import { prisma } from "@/server/db";
import { tipScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A file of a tip the user may read (its stored key, name and type) or null (missing and out of scope look the same). */
export function getTipFile(user: SessionUser, fileId: string) {
  return prisma.tipFile.findFirst({
    where: { id: fileId, tip: tipScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
