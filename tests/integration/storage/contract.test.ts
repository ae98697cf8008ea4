// The storage contract, run against both drivers: the local directory (the default) and S3 (against
// s3rver, an S3-compatible server started here). Whatever the portal does with files — store, serve
// as a stream, check, remove — behaves the same on either.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DirectoryStorage } from "@/server/storage/directory";
import { BlobNotFoundError, type BlobStorage } from "@/server/storage/driver";
import { S3Storage } from "@/server/storage/s3";

import { startS3Server, type TestS3 } from "../../helpers/s3-server";

let s3: TestS3;
const dirs: string[] = [];
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "haishu-store-"));
  dirs.push(d);
  return d;
};
const s3Driver = (bucket = s3.bucket, endpoint = s3.endpoint) =>
  new S3Storage({
    bucket,
    region: s3.region,
    endpoint,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });

const drivers: [string, () => BlobStorage, () => BlobStorage][] = [
  [
    "local directory",
    () => new DirectoryStorage(tempDir()),
    () => {
      const file = join(tempDir(), "not-a-directory");
      writeFileSync(file, "x");
      return new DirectoryStorage(file);
    },
  ],
  ["S3 (s3rver)", () => s3Driver(), () => s3Driver("no-such-bucket")],
];

let n = 0;
const key = () => `2026/11/${String(++n).padStart(8, "0")}-0000-4000-8000-000000000000`;

async function readAll(stream: AsyncIterable<Buffer | Uint8Array>) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

describe.each(drivers)("storage contract: %s", (_name, make, broken) => {
  it("stores a file and gives back the same bytes, whole or as a stream with its size", async () => {
    const store = make();
    const k = key();
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    await store.put(k, bytes);
    expect(await store.get(k)).toEqual(bytes);
    expect(await store.stat(k)).toEqual({ size: bytes.length });
    const opened = await store.open(k);
    expect(opened.size).toBe(bytes.length);
    expect(await readAll(opened.stream)).toEqual(bytes);
  });

  it("keeps a thumbnail beside its file under the derived key", async () => {
    const store = make();
    const k = key();
    await store.put(k, Buffer.from("original"));
    await store.put(`${k}.thumb.webp`, Buffer.from("preview"));
    expect((await store.get(`${k}.thumb.webp`)).toString()).toBe("preview");
    expect((await store.get(k)).toString()).toBe("original");
  });

  it("a missing file: stat is null, get and open reject with BlobNotFoundError before any byte", async () => {
    const store = make();
    const k = key();
    expect(await store.stat(k)).toBeNull();
    await expect(store.get(k)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.open(k)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it("removes a file; removing it again is not an error", async () => {
    const store = make();
    const k = key();
    await store.put(k, Buffer.from("x"));
    await store.remove(k);
    expect(await store.stat(k)).toBeNull();
    await expect(store.remove(k)).resolves.toBeUndefined();
  });

  it("refuses keys the server did not make (no path tricks)", async () => {
    const store = make();
    for (const bad of ["../../etc/passwd", "2026/11/x", "/abs", `${key()}.exe`]) {
      await expect(store.put(bad, Buffer.from("x"))).rejects.toThrow("invalid storage key");
      await expect(store.get(bad)).rejects.toThrow("invalid storage key");
    }
  });

  it("the health check passes on a working store and fails on one that cannot be used", async () => {
    await expect(make().check()).resolves.toBeUndefined();
    await expect(broken().check()).rejects.toThrow();
  });
});

it("S3: an unreachable object store fails the health check (nothing listening)", async () => {
  const other = await startS3Server("haishu-gone");
  await other.close();
  await expect(s3Driver("haishu-gone", other.endpoint).check()).rejects.toThrow();
});
