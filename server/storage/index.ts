import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { env } from "@/server/env";

/** Where uploaded files live. A local directory today; an object store can implement the same. */
export interface BlobStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
  /** A stream of the file, so a large download never holds it in memory (`readStream` falls back to `get`). */
  getStream?(key: string): Promise<Readable>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/** Keys are made here, never from a file name: year/month/uuid. */
export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

class DirectoryStorage implements BlobStorage {
  private root: string | undefined;

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return join((this.root ??= resolve(env().UPLOAD_DIR)), key);
  }

  async put(key: string, data: Buffer) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flag: "wx" });
  }

  get(key: string) {
    return readFile(this.path(key));
  }

  async getStream(key: string) {
    return (await open(this.path(key))).createReadStream();
  }

  async remove(key: string) {
    await rm(this.path(key), { force: true });
  }
}

export const storage: BlobStorage = new DirectoryStorage();

/** A stored file as a stream; rejects when the file is not in storage. */
export async function readStream(key: string): Promise<Readable> {
  return storage.getStream ? storage.getStream(key) : Readable.from([await storage.get(key)]);
}

/**
 * The one way files are written: each is stored under a new server key, then `record` writes their
 * rows (with the keys, in that order). If anything fails after the first byte is written — a store,
 * the record, a refusal thrown inside it — every file of the call is removed again, so a file never
 * outlives a record that was not written. `record` refuses by throwing, never by returning.
 */
export async function storeThen<T>(files: Buffer[], record: (storageKeys: string[]) => Promise<T>): Promise<T> {
  const keys: string[] = [];
  try {
    for (const bytes of files) {
      const key = newStorageKey();
      keys.push(key);
      await storage.put(key, bytes);
    }
    return await record(keys);
  } catch (e) {
    await Promise.all(keys.map((k) => storage.remove(k).catch(() => undefined)));
    throw e;
  }
}
