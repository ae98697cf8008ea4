import "server-only";

import { prisma } from "@/server/db";
import { returnVisitScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A 回访 photo the user may read (its stored key, name and type) or null (missing and out of scope look the same). */
export function getReturnVisitPhoto(user: SessionUser, photoId: string) {
  return prisma.returnVisitPhoto.findFirst({
    where: { id: photoId, returnVisit: returnVisitScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
