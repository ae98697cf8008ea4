import "server-only";
import { decide } from "@/lib/cases/workflow";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { checkFileName, checkSize, type UploadCheck } from "@/lib/uploads";
import { writeAudit } from "@/server/audit";
import { prisma } from "@/server/db";
import { ActionError, conflict, httpStatus } from "@/server/errors";
import { getCaseInScope } from "@/server/cases/get-case-in-scope";
import type { SessionUser } from "@/server/session";
import { storeThen } from "@/server/storage";
import { inspectUpload } from "@/server/uploads/inspect-upload";
import { uploadLimits } from "@/server/policies";

export type UploadResult = { ok: true; id: string } | { ok: false; status: number; message: string };

const refuse = (check: Exclude<UploadCheck, { ok: true }>): UploadResult => check;

/**
 * Stores one evidence file on a case of the caller's own unit. Checks run before anything is
 * written; the file is removed again if the database write fails, so a failed upload leaves nothing.
 */
export async function uploadEvidence(
  user: SessionUser,
  caseId: string,
  kind: EvidenceKind,
  file: { name: string; bytes: Buffer },
): Promise<UploadResult> {
  for (const check of [checkFileName(file.name), checkSize(file.bytes.length, uploadLimits)]) if (!check.ok) return refuse(check);

  // Authorise before touching the disk (and again inside the transaction below).
  try {
    await authorize(user, caseId);
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    throw e;
  }

  const inspected = await inspectUpload(file.bytes);
  if (!inspected.ok) return inspected;
  const { mime, sha256, capturedAt } = inspected;

  try {
    return await storeThen(file.bytes, async (storageKey) => {
      const evidence = await prisma.$transaction(async (tx) => {
        const before = await authorize(user, caseId, tx);
        const evidence = await tx.evidence.create({
          data: { caseId, kind, storageKey, originalName: file.name, mime, size: file.bytes.length, sha256, capturedAt, uploadedById: user.id },
        });
        const { count } = await tx.case.updateMany({
          where: { id: caseId, version: before.version },
          data: { status: before.status === "REGISTERED" ? "IN_PROGRESS" : before.status, version: { increment: 1 } },
        });
        if (count === 0) throw conflict();
        await writeAudit(tx, user.id, "evidence.upload", [
          { entity: "Evidence", entityId: evidence.id, before: null, after: evidence },
          ...(before.status === "REGISTERED"
            ? [{ entity: "Case", entityId: caseId, before: { status: before.status }, after: { status: "IN_PROGRESS" } }]
            : []),
        ]);
        return evidence;
      });
      return { ok: true as const, id: evidence.id };
    });
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    throw e;
  }
}

async function authorize(user: SessionUser, caseId: string, tx: Parameters<typeof getCaseInScope>[0] = prisma) {
  const row = await getCaseInScope(tx, user, caseId);
  const decision = decide("EDIT", user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return row;
}
