import "server-only";

import { decide } from "@/lib/cases/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/server/audit";
import { loadCaseForChange } from "@/server/cases/load-for-change";
import type { Tx } from "@/server/db";
import { prisma } from "@/server/db";
import { ActionError, httpStatus } from "@/server/errors";
import type { SessionUser } from "@/server/session";
import { uploadOneFile, type UploadResult } from "@/server/uploads/upload-files";
import { updateVersioned } from "@/server/versioned-update";

/**
 * Stores one evidence file on a case of the caller's own unit — the original bytes, EXIF included
 * (the capture time is part of the evidence) — and starts the case. A refused upload leaves nothing.
 *
 * `idempotencyKey` (the browser's offline queue sends one per file): a retry by the same user with a
 * key already stored on this case returns that evidence instead of adding a second copy — also when
 * two retries race (the unique index on caseId + uploader + key refuses the second row, which then
 * returns the first). Another user's key is no replay of theirs; a key whose evidence was removed
 * since is spent and refused, so the removal is not silently undone nor a new file silently dropped.
 */
export async function uploadEvidence(
  user: SessionUser,
  caseId: string,
  kind: EvidenceKind,
  file: { name: string; bytes: Buffer },
  idempotencyKey?: string,
  /** The user the offline queue says captured the file: it is uploaded under that user's session only. */
  queuedBy?: string,
): Promise<UploadResult> {
  if (queuedBy && queuedBy !== user.id) return { ok: false, status: 409, message: OTHER_USERS_FILE_MESSAGE };
  if (!idempotencyKey) return storeEvidence(user, caseId, kind, file, null);
  const replay = await findReplay(user, caseId, idempotencyKey);
  if (replay) return replay;
  try {
    return await storeEvidence(user, caseId, kind, file, idempotencyKey);
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
    const raced = await findReplay(user, caseId, idempotencyKey);
    if (raced) return raced;
    throw e;
  }
}

export const OTHER_USERS_FILE_MESSAGE = "待上传的材料由另一账号离线采集，将在该账号登录后上传";
export const SPENT_KEY_MESSAGE = "这份材料上传后已被删除，不再重复上传；如仍需要，请重新选择文件上传";

/** The evidence an earlier request with this key stored on a case in the caller's scope, if any. */
async function findReplay(user: SessionUser, caseId: string, idempotencyKey: string): Promise<UploadResult | null> {
  try {
    await loadCaseForChange(prisma, user, caseId);
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    throw e;
  }
  const row = await prisma.evidence.findUnique({
    where: { caseId_uploadedById_idempotencyKey: { caseId, uploadedById: user.id, idempotencyKey } },
    select: { id: true, deletedAt: true },
  });
  if (row?.deletedAt) return { ok: false, status: 410, message: SPENT_KEY_MESSAGE };
  return row && { ok: true, id: row.id };
}

function storeEvidence(
  user: SessionUser,
  caseId: string,
  kind: EvidenceKind,
  file: { name: string; bytes: Buffer },
  idempotencyKey: string | null,
) {
  let before: Awaited<ReturnType<typeof authorize>>;
  return uploadOneFile({
    user,
    file,
    action: "evidence.upload",
    entity: "Evidence",
    authorize: async (db) => (before = await authorize(db, user, caseId)),
    create: async (tx, meta, position) => {
      const evidence = await tx.evidence.create({
        data: {
          ...meta,
          latitude: position?.latitude ?? null,
          longitude: position?.longitude ?? null,
          caseId,
          kind,
          uploadedById: user.id,
          idempotencyKey,
        },
      });
      const { row, to } = before;
      await updateVersioned(tx.case, caseId, row.version, { status: to });
      if (to !== row.status) {
        await writeAudit(tx, user, "evidence.upload", [
          { entity: "Case", entityId: caseId, before: { status: row.status }, after: { status: to } },
        ]);
      }
      return evidence;
    },
  });
}

async function authorize(db: Tx, user: SessionUser, caseId: string) {
  const row = await loadCaseForChange(db, user, caseId);
  const decision = decide("EDIT", user, row);
  if (!decision.ok) throw new ActionError("FORBIDDEN", decision.reason);
  return { row, to: decision.to };
}
