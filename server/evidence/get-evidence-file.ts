import "server-only";
import { prisma } from "@/server/db";
import { caseScope } from "@/server/scope";
import type { SessionUser } from "@/server/session";
import { storage } from "@/server/storage";

/** A current evidence file of a case the user may read, or null (missing and out of scope look the same). */
export async function getEvidenceFile(user: SessionUser, evidenceId: string) {
  const evidence = await prisma.evidence.findFirst({
    where: { id: evidenceId, deletedAt: null, case: caseScope(user) },
    select: { storageKey: true, originalName: true, mime: true },
  });
  if (!evidence) return null;
  return { ...evidence, bytes: await storage.get(evidence.storageKey) };
}
