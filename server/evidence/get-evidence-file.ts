import "server-only";

import { prisma } from "@/server/db";
import { evidenceCaseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";

/** A current evidence file of a case the user may read (an expert: a case referred to them) (its stored key, name and type) or null (missing and out of scope look the same). */
export function getEvidenceFile(user: SessionUser, evidenceId: string) {
  return prisma.evidence.findFirst({
    where: { id: evidenceId, deletedAt: null, case: evidenceCaseScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
}
