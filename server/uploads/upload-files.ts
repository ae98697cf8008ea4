import "server-only";

import type { LatLng } from "@/lib/enterprises/geo";
import { writeAudit } from "@/server/audit";
import { prisma, type Tx } from "@/server/db";
import { ActionError, httpStatus } from "@/server/errors";
import { storeThen } from "@/server/storage";
import { renderThumbnail } from "@/server/storage/thumbnails";
import { type Inspected, inspectUpload, type Refusal } from "@/server/uploads/inspect-upload";

export type UploadResult<T = { id: string }> = ({ ok: true } & T) | Refusal;

/** What a record gets for each stored file (the columns every file table shares). */
export type FileMeta = {
  storageKey: string;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  capturedAt: Date | null;
};

/**
 * The one upload pipeline (case evidence, task attachments, 回访 photos, tip files, public tip photos):
 * the caller is authorised before anything is read or written (`authorize` throws ActionError), every
 * file is inspected (inspectUpload), then the files are stored under server keys and `record` writes
 * their rows in a transaction that authorises again first. A refusal anywhere after the write throws,
 * and storeThen removes the stored files, so a refused or failed upload leaves neither row nor file.
 */
export async function uploadFiles<T>(def: {
  files: { name: string; bytes: Buffer }[];
  stripMetadata?: boolean;
  authorize?: (db: Tx) => Promise<unknown>;
  /** `positions[i]`: file i's EXIF GPS position (null without one, always null with stripMetadata). */
  record: (tx: Tx, files: FileMeta[], positions: (LatLng | null)[]) => Promise<T>;
  /** Prefix for a refusal message, e.g. the file's name when several are sent at once. */
  label?: (file: { name: string }) => string;
}): Promise<{ ok: true; value: T } | Refusal> {
  try {
    await def.authorize?.(prisma);
    const accepted: Inspected[] = [];
    for (const file of def.files) {
      const result = await inspectUpload(file, { stripMetadata: def.stripMetadata });
      if (!result.ok) return { ...result, message: `${def.label?.(file) ?? ""}${result.message}` };
      accepted.push(result);
    }
    // Image previews are made once here and stored beside the file, never per request.
    const toStore = await Promise.all(
      accepted.map(async (f) => ({
        bytes: f.bytes,
        thumbnail: f.mime.startsWith("image/") ? await renderThumbnail(f.bytes) : null,
      })),
    );
    const value = await storeThen(toStore, (keys) =>
      prisma.$transaction(async (tx) => {
        await def.authorize?.(tx);
        return def.record(
          tx,
          accepted.map((f, i) => ({
            storageKey: keys[i],
            originalName: f.name,
            mime: f.mime,
            size: f.bytes.length,
            sha256: f.sha256,
            capturedAt: f.capturedAt,
          })),
          accepted.map((f) => f.position),
        );
      }),
    );
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, status: httpStatus[e.code], message: e.message };
    throw e;
  }
}

/**
 * One file attached to a record the caller may change (the upload routes under `/[id]/`): the
 * pipeline above with `create` writing the row, audited as `action` on `entity`.
 */
export async function uploadOneFile(def: {
  user: { id: string; districtId: number | null };
  file: { name: string; bytes: Buffer };
  action: string;
  entity: string;
  authorize: (db: Tx) => Promise<unknown>;
  create: (tx: Tx, meta: FileMeta, position: LatLng | null) => Promise<{ id: string }>;
}): Promise<UploadResult> {
  const result = await uploadFiles({
    files: [def.file],
    authorize: def.authorize,
    record: async (tx, [meta], [position]) => {
      const row = await def.create(tx, meta, position);
      await writeAudit(tx, def.user, def.action, [{ entity: def.entity, entityId: row.id, before: null, after: row }]);
      return row.id;
    },
  });
  return result.ok ? { ok: true, id: result.value } : result;
}
