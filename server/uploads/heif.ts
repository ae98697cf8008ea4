import "server-only";

import exifr from "exifr";
import decodeHeic from "heic-decode";
import sharp from "sharp";

import { isValidPosition, type LatLng } from "@/lib/enterprises/geo";
import { checkPixels, type UploadCheck } from "@/lib/uploads/rules";

type Converted = { ok: true; bytes: Buffer } | Exclude<UploadCheck, { ok: true }>;

const undecodable = { ok: false, status: 422, message: "HEIC 照片已损坏或不完整，无法读取" } as const;

/** EXIF GPS rational "deg/1 min/1 sec*100/100" from decimal degrees. */
function dms(value: number): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const min = Math.floor((abs - deg) * 60);
  const sec = Math.round(((abs - deg) * 60 - min) * 60 * 10_000);
  return `${deg}/1 ${min}/1 ${sec}/10000`;
}

/** The EXIF the stored JPEG carries: the capture time and GPS position, nothing else. */
function exifFor(time: string | undefined, position: LatLng | null) {
  const exif: Record<string, Record<string, string>> = {};
  if (time) exif.IFD2 = { DateTimeOriginal: time };
  if (position) {
    exif.IFD3 = {
      GPSLatitudeRef: position.latitude >= 0 ? "N" : "S",
      GPSLatitude: dms(position.latitude),
      GPSLongitudeRef: position.longitude >= 0 ? "E" : "W",
      GPSLongitude: dms(position.longitude),
    };
  }
  return exif;
}

/**
 * An iPhone HEIC/HEIF photo as JPEG. The capture time and GPS position are read from the ORIGINAL
 * (decoding drops metadata) and written into the JPEG's EXIF, so the integrity checks read the JPEG
 * like any other photo; with `keepMetadata: false` (anonymous reporters) the JPEG carries none.
 * The pixel cap is checked from the image header before the (WASM, libheif) decode; the decoded
 * image is upright (libheif applies the HEIF rotation), so no EXIF orientation is written.
 */
export async function heifToJpeg(
  bytes: Buffer,
  maxPixels: number,
  { keepMetadata }: { keepMetadata: boolean },
): Promise<Converted> {
  let images: Awaited<ReturnType<typeof decodeHeic.all>>;
  try {
    images = await decodeHeic.all({ buffer: bytes });
  } catch {
    return undecodable;
  }
  try {
    const primary = images[0];
    const pixels = checkPixels(primary.width, primary.height, { maxBytes: Infinity, maxPixels });
    if (!pixels.ok) return pixels;
    const { width, height, data } = await primary.decode();
    let image = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      raw: { width, height, channels: 4 },
    })
      .removeAlpha()
      .jpeg({ quality: 90 });
    if (keepMetadata) {
      const meta = await exifr
        .parse(bytes, { pick: ["DateTimeOriginal", "CreateDate"], reviveValues: false })
        .catch(() => null);
      const gps = await exifr.gps(bytes).catch(() => null);
      const exif = exifFor(meta?.DateTimeOriginal ?? meta?.CreateDate, isValidPosition(gps) ? gps : null);
      if (Object.keys(exif).length) image = image.withExif(exif);
    }
    return { ok: true, bytes: await image.toBuffer() };
  } catch {
    return undecodable;
  } finally {
    images.dispose();
  }
}
