import "server-only";
import { createHash } from "node:crypto";
import exifr from "exifr";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { checkPixels, checkType, exifTimeToDate, type AllowedMime, type UploadCheck } from "@/lib/uploads";
import { uploadLimits } from "@/server/policies";

export type Refusal = Exclude<UploadCheck, { ok: true }>;
export type Inspected = { ok: true; mime: AllowedMime; sha256: string; capturedAt: Date | null } | Refusal;

/**
 * The safety rules every upload passes (case evidence, task-progress attachments): the type is
 * sniffed from the magic bytes against the whitelist, images must decode and stay under the pixel cap.
 * Name and size are checked before this (lib/uploads), before the caller authorises.
 */
export async function inspectUpload(bytes: Buffer): Promise<Inspected> {
  const mime = (await fileTypeFromBuffer(bytes))?.mime;
  const typeCheck = checkType(mime);
  if (!typeCheck.ok) return typeCheck;

  let capturedAt: Date | null = null;
  if (mime!.startsWith("image/")) {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
    if (!meta?.width || !meta.height) return { ok: false, status: 400, message: "图片文件已损坏，无法读取" };
    const pixels = checkPixels(meta.width, meta.height, uploadLimits);
    if (!pixels.ok) return pixels;
    const exif = await exifr.parse(bytes, { pick: ["DateTimeOriginal", "CreateDate"], reviveValues: false }).catch(() => null);
    capturedAt = exifTimeToDate(exif?.DateTimeOriginal ?? exif?.CreateDate);
  }
  return { ok: true, mime: mime as AllowedMime, sha256: createHash("sha256").update(bytes).digest("hex"), capturedAt };
}
