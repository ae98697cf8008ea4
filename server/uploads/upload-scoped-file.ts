import "server-only";
import { checkFileName, checkSize } from "@/lib/uploads";
import { writeAudit } from "@/server/audit";
import { prisma, type Tx } from "@/server/db";
import { ActionError, httpStatus } from "@/server/errors";
import type { SessionUser } from "@/server/session";
import { storeThen } from "@/server/storage";
import { inspectUpload } from "@/server/uploads/inspect-upload";
import { uploadLimits } from "@/server/policies";

export type UploadResult = { ok: true; id: string } | { ok: false; status: number; message: string };

export type FileMeta = { storageKey: string; originalName: string; mime: string; size: number; sha256: string; capturedAt: Date | null };

/**
 * One file attached to a record the caller may change: name and size checked, the caller authorised
 * (before touching the disk and again inside the transaction; `authorize` throws ActionError), the
 * content inspected like case evidence, stored under a server key, recorded and audited.
 */
export async function uploadScopedFile(def: {
  user: SessionUser;
  file: { name: string; bytes: Buffer };
  action: string;
  entity: string;
  authorize: (db: Tx) => Promise<unknown>;
  create: (tx: Tx, meta: FileMeta) => Promise<{ id: string }>;
}): Promise<UploadResult> {
  const { user, file } = def;
  for (const check of [checkFileName(file.name), checkSize(file.bytes.length, uploadLimits)]) if (!check.ok) return check;
  try {
    await prisma.$transaction((tx) => def.authorize(tx));
    const inspected = await inspectUpload(file.bytes);
    if (!inspected.ok) return inspected;
    return await storeThen(file.bytes, (storageKey) =>
      prisma.$transaction(async (tx) => {
        await def.authorize(tx);
        const row = await def.create(tx, {
          storageKey, originalName: file.name, mime: inspected.mime, size: file.bytes.length, sha256: inspected.sha256, capturedAt: inspected.capturedAt,
        });
        await writeAudit(tx, user.id, def.action, [{ entity: def.entity, entityId: row.id, before: null, after: row }]);
        return { ok: true as const, id: row.id };
      }),
    );
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    throw e;
  }
}
