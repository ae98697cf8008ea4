import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { env } from "@/server/env";

/** Where uploaded files live. A local directory today; an object store can implement the same. */
export interface BlobStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/** Keys are made here, never from a file name: year/month/uuid. */
export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

class DirectoryStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return join(this.root, key);
  }

  async put(key: string, data: Buffer) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flag: "wx" });
  }

  get(key: string) {
    return readFile(this.path(key));
  }

  async remove(key: string) {
    await rm(this.path(key), { force: true });
  }
}

export const storage: BlobStorage = new DirectoryStorage(resolve(env().UPLOAD_DIR));

/** Stores bytes under a new key and runs `record` with it; the file is removed again if `record` fails. */
export async function storeThen<T>(bytes: Buffer, record: (storageKey: string) => Promise<T>): Promise<T> {
  const key = newStorageKey();
  await storage.put(key, bytes);
  try {
    return await record(key);
  } catch (e) {
    await storage.remove(key);
    throw e;
  }
}

/** storeThen for several files: all are stored, `record` gets their keys, and all are removed if it fails. */
export async function storeAllThen<T>(files: Buffer[], record: (storageKeys: string[]) => Promise<T>, keys: string[] = []): Promise<T> {
  if (files.length === 0) return record(keys);
  return storeThen(files[0], (key) => storeAllThen(files.slice(1), record, [...keys, key]));
}
