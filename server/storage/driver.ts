// The storage driver contract, shared by the local directory and the S3 driver (no `server-only`:
// the contract tests and scripts build drivers directly).
import type { Readable } from "node:stream";

/** A key's object is not in the store. */
export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`stored file not found: ${key}`);
    this.name = "BlobNotFoundError";
  }
}

/** Where uploaded files live. Keys are made by the server (see `newStorageKey`), never from a file name. */
export interface BlobStorage {
  /** Writes a new object; a key is written once. */
  put(key: string, data: Buffer): Promise<void>;
  /** The whole object (small files: thumbnails, image processing). Rejects with BlobNotFoundError. */
  get(key: string): Promise<Buffer>;
  /** The object as a stream with its size, for downloads. Rejects with BlobNotFoundError (before any byte). */
  open(key: string): Promise<{ stream: Readable; size: number }>;
  /** Size of the object, or null when it is not there. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the object; removing a missing one is not an error. */
  remove(key: string): Promise<void>;
  /** Throws when the store cannot be reached or written (for /api/health). */
  check(): Promise<void>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}(\.thumb\.webp)?$/;

/** Refuses anything but a server-made key (no path tricks reach a driver). */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}
