import "server-only";

import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A measure's document on a case the user may read, or null (missing and out of scope look the same). */
export function getMeasureDocument(user: SessionUser, documentId: string) {
  return prisma.caseMeasureDocument.findFirst({
    where: { id: documentId, measure: { case: caseScope(user) } },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
