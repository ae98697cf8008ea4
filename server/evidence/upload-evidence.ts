import "server-only";
import { decide } from "@/lib/cases/workflow";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/server/audit";
import type { Tx } from "@/server/db";
import { ActionError, conflict } from "@/server/errors";
import { getCaseInScope } from "@/server/cases/get-case-in-scope";
import type { SessionUser } from "@/server/session";
import { uploadOneFile } from "@/server/uploads/upload-files";

/**
 * Stores one evidence file on a case of the caller's own unit — the original bytes, EXIF included
 * (the capture time is part of the evidence) — and starts the case. A refused upload leaves nothing.
 */
export function uploadEvidence(user: SessionUser, caseId: string, kind: EvidenceKind, file: { name: string; bytes: Buffer }) {
  let before: Awaited<ReturnType<typeof authorize>>;
  return uploadOneFile({
    user, file, action: "evidence.upload", entity: "Evidence",
    authorize: async (db) => (before = await authorize(db, user, caseId)),
    create: async (tx, meta, position) => {
      const evidence = await tx.evidence.create({
        data: { ...meta, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null, caseId, kind, uploadedById: user.id },
      });
      const { count } = await tx.case.updateMany({
        where: { id: caseId, version: before.version },
        data: { status: before.status === "REGISTERED" ? "IN_PROGRESS" : before.status, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      if (before.status === "REGISTERED") {
        await writeAudit(tx, user.id, "evidence.upload", [{ entity: "Case", entityId: caseId, before: { status: before.status }, after: { status: "IN_PROGRESS" } }]);
      }
      return evidence;
    },
  });
}

async function authorize(db: Tx, user: SessionUser, caseId: string) {
  const row = await getCaseInScope(db, user, caseId);
  const decision = decide("EDIT", user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return row;
}
