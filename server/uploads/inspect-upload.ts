import "server-only";

import { createHash } from "node:crypto";

import exifr from "exifr";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

import { isValidPosition, type LatLng } from "@/lib/enterprises/geo";
import {
  type AllowedMime,
  checkFileName,
  checkPixels,
  checkSize,
  checkType,
  exifTimeToDate,
  isHeif,
  type UploadCheck,
} from "@/lib/uploads/rules";
import { uploadLimits } from "@/server/policies";
import { heifToJpeg } from "@/server/uploads/heif";

export type Refusal = Exclude<UploadCheck, { ok: true }>;
/** A file that passed every check, with the bytes to store (re-encoded when metadata was stripped). */
export type Inspected = {
  ok: true;
  name: string;
  bytes: Buffer;
  mime: AllowedMime;
  sha256: string;
  capturedAt: Date | null;
  position: LatLng | null;
};

const undecodable = { ok: false, status: 422, message: "图片文件已损坏或不完整，无法读取" } as const;

/**
 * The safety rules every upload passes, in order: a file name for display only, the type sniffed
 * from the magic bytes against the whitelist, the size cap, then for images the pixel cap (read from
 * the header) and a FULL decode, so a truncated or header-only image is refused rather than stored.
 * `stripMetadata` (anonymous reporters' photos) re-encodes the image upright without any metadata —
 * no GPS position, camera model or EXIF Artist — and stores no capture time.
 */
export async function inspectUpload(
  file: { name: string; bytes: Buffer },
  { stripMetadata = false } = {},
): Promise<Inspected | Refusal> {
  const caps = uploadLimits;
  const name = checkFileName(file.name);
  if (!name.ok) return name;
  let mime = file.bytes.length ? (await fileTypeFromBuffer(file.bytes))?.mime : undefined;
  const size = checkSize(file.bytes.length, caps);
  if (!size.ok) return size;

  let bytes = file.bytes;
  let capturedAt: Date | null = null;
  let position: LatLng | null = null;
  // iPhone photos (HEIC/HEIF): the capture time and GPS position are read from the original, then
  // the image is decoded and stored as JPEG carrying them, so it passes the checks below as a JPEG.
  if (isHeif(mime)) {
    const jpeg = await heifToJpeg(bytes, caps.maxPixels, { keepMetadata: !stripMetadata });
    if (!jpeg.ok) return jpeg;
    bytes = jpeg.bytes;
    mime = "image/jpeg";
  }
  const type = checkType(mime);
  if (!type.ok) return type;

  if (mime!.startsWith("image/")) {
    const meta = await sharp(bytes, { limitInputPixels: false })
      .metadata()
      .catch(() => null);
    if (!meta?.width || !meta.height) return undecodable;
    const pixels = checkPixels(meta.width, meta.height, caps);
    if (!pixels.ok) return pixels;
    // failOn "warning": libjpeg's "premature end of data" is only a warning, but the image is incomplete.
    const image = () => sharp(bytes, { limitInputPixels: caps.maxPixels, failOn: "warning" });
    if (stripMetadata) {
      const format = ({ "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const)[
        mime as "image/jpeg"
      ];
      const clean = await image()
        .rotate()
        .toFormat(format)
        .toBuffer()
        .catch(() => null);
      if (!clean) return undecodable;
      bytes = clean;
    } else {
      if (
        !(await image()
          .stats()
          .then(
            () => true,
            () => false,
          ))
      )
        return undecodable;
      const exif = await exifr
        .parse(bytes, { pick: ["DateTimeOriginal", "CreateDate"], reviveValues: false })
        .catch(() => null);
      capturedAt = exifTimeToDate(exif?.DateTimeOriginal ?? exif?.CreateDate);
      const gps = await exifr.gps(bytes).catch(() => null);
      position = isValidPosition(gps) ? { latitude: gps.latitude, longitude: gps.longitude } : null;
    }
  }
  return {
    ok: true,
    name: file.name,
    bytes,
    mime: mime as AllowedMime,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    capturedAt,
    position,
  };
}
