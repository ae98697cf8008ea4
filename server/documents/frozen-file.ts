import "server-only";

import { createHash } from "node:crypto";

import { storage, storeThen } from "@/server/storage";

/** A published document's file as stored: where, and its SHA-256 (hex). */
export type FrozenFile = { key: string; sha256: string };

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Stores the files of a document being published (through the storage layer, as evidence files are) and lets
 * `record` write their keys and hashes; a refusal thrown in `record` removes them again (storeThen).
 */
export function storeFrozen<T>(files: Buffer[], record: (stored: FrozenFile[]) => Promise<T>): Promise<T> {
  return storeThen(files, (keys) => record(keys.map((key, i) => ({ key, sha256: sha256(files[i]) }))));
}

/** The stored bytes of a published document; refuses (throws) when they no longer match the hash recorded. */
export async function readFrozen(file: FrozenFile): Promise<Buffer> {
  const bytes = await storage.get(file.key);
  if (sha256(bytes) !== file.sha256) throw new Error(`stored document ${file.key} does not match its SHA-256`);
  return bytes;
}
