import "server-only";

import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";

import { env } from "@/server/env";

import { DirectoryStorage } from "./directory";
import type { BlobStorage } from "./driver";
import { S3Storage } from "./s3";

export { BlobNotFoundError, type BlobStorage } from "./driver";

/** The driver chosen by STORAGE (local directory UPLOAD_DIR by default, or S3), made on first use. */
function createStorage(): BlobStorage {
  const e = env();
  if (e.STORAGE === "s3") {
    const credentials =
      e.AWS_ACCESS_KEY_ID && e.AWS_SECRET_ACCESS_KEY
        ? { accessKeyId: e.AWS_ACCESS_KEY_ID, secretAccessKey: e.AWS_SECRET_ACCESS_KEY }
        : undefined;
    return new S3Storage({ bucket: e.S3_BUCKET!, region: e.S3_REGION, endpoint: e.S3_ENDPOINT, credentials });
  }
  return new DirectoryStorage(e.UPLOAD_DIR);
}

let driver: BlobStorage | undefined;
const current = () => (driver ??= createStorage());

/** The portal's file store (each call goes to the configured driver; tests may spy on these methods). */
export const storage: BlobStorage = {
  put: (key, data) => current().put(key, data),
  get: (key) => current().get(key),
  open: (key) => current().open(key),
  stat: (key) => current().stat(key),
  remove: (key) => current().remove(key),
  check: () => current().check(),
};

/** A stored file as a stream (e.g. into a ZIP archive); rejects with BlobNotFoundError when it is missing. */
export async function readStream(key: string): Promise<Readable> {
  return (await storage.open(key)).stream;
}

/** Keys are made here, never from a file name: year/month/uuid. */
export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

/** Where the stored preview of `key` lives (derived, so no column records it). */
export const thumbnailKey = (key: string) => `${key}.thumb.webp`;

/** A file to store, with the preview made of it at upload (images only). */
export type ToStore = Buffer | { bytes: Buffer; thumbnail?: Buffer | null };

/**
 * The one way files are written: each is stored under a new server key (with its thumbnail, if
 * any, under `thumbnailKey`), then `record` writes their rows (with the keys, in that order). If
 * anything fails after the first byte is written — a store, the record, a refusal thrown inside it —
 * every object of the call is removed again, so a file never outlives a record that was not written.
 * `record` refuses by throwing, never by returning.
 */
export async function storeThen<T>(files: ToStore[], record: (storageKeys: string[]) => Promise<T>): Promise<T> {
  const written: string[] = [];
  const keys: string[] = [];
  try {
    for (const file of files) {
      const { bytes, thumbnail } = Buffer.isBuffer(file) ? { bytes: file, thumbnail: null } : file;
      const key = newStorageKey();
      keys.push(key);
      written.push(key);
      await storage.put(key, bytes);
      if (thumbnail) {
        written.push(thumbnailKey(key));
        await storage.put(thumbnailKey(key), thumbnail);
      }
    }
    return await record(keys);
  } catch (e) {
    await Promise.all(written.map((k) => storage.remove(k).catch(() => undefined)));
    throw e;
  }
}
