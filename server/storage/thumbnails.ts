import "server-only";

import type { Readable } from "node:stream";

import sharp from "sharp";

import { storage, thumbnailKey } from "@/server/storage";

/** The preview of an image: upright, at most 320×320, WebP. Null when the image cannot be rendered. */
export function renderThumbnail(bytes: Buffer): Promise<Buffer | null> {
  return sharp(bytes)
    .rotate()
    .resize(320, 320, { fit: "inside" })
    .webp({ quality: 70 })
    .toBuffer()
    .catch(() => null);
}

/**
 * The stored preview of the image at `key`, as a stream. Made at upload; a file stored before
 * previews were kept gets its preview rendered once here and stored, so no request renders it
 * again. Null when the image cannot be rendered (the caller serves the original). Rejects with
 * BlobNotFoundError when the original itself is missing.
 */
export async function openThumbnail(
  key: string,
): Promise<{ stream: Readable; size: number } | { bytes: Buffer } | null> {
  const thumb = thumbnailKey(key);
  if (await storage.stat(thumb)) return storage.open(thumb).catch(() => null);
  const bytes = await renderThumbnail(await storage.get(key));
  if (!bytes) return null;
  // Two requests may render it at once: the second write finds the key taken, which is fine.
  await storage.put(thumb, bytes).catch(() => undefined);
  return { bytes };
}
