// Backup and restore with the files on S3 (STORAGE=s3 against s3rver): every stored file comes back
// byte for byte in the restored installation's bucket, and a file the database refers to but the
// bucket no longer has is named in the manifest's missingFiles instead of failing the backup.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { prisma } from "@/server/db";
import { newStorageKey } from "@/server/storage";

import { onPostgres, postgresUrl } from "../../helpers/db-target";
import { jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import {
  createDatabase,
  databaseName,
  dropDatabases,
  fileDatabaseName,
  withDatabase,
} from "../../helpers/pg-databases";
import type { TestS3 } from "../../helpers/s3-server";
import { actAs } from "../../helpers/session";

const [source, target] = (await vi.hoisted(async () => {
  const { startS3Server, useS3Storage } = await import("../../helpers/s3-server");
  const servers = await Promise.all([startS3Server("haishu-source"), startS3Server("haishu-restored")]);
  useS3Storage(servers[0]);
  return servers;
})) as [TestS3, TestS3];

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "haishu-backup-s3-"));
const backupDir = join(work, "backup");
const sourceUrl = process.env.DATABASE_URL!;
let targetUrl = `pglite:${join(work, "restored-db")}`;
let targetDatabase: string | null = null;
const s3Env = (s3: TestS3) => ({
  STORAGE: "s3",
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: s3.bucket,
  S3_REGION: s3.region,
  AWS_ACCESS_KEY_ID: s3.accessKeyId,
  AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
});

function npmScript(script: "backup" | "restore", dir: string, vars: Record<string, string>) {
  return run(resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `scripts/${script}.ts`, dir], {
    env: { ...process.env, ...vars },
    timeout: 120_000,
  });
}

async function objectIn(s3: TestS3, key: string): Promise<Buffer | null> {
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  try {
    const res = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from(await res.Body!.transformToByteArray());
  } catch (e) {
    if ((e as { name?: string }).name === "NoSuchKey") return null;
    throw e;
  } finally {
    client.destroy();
  }
}

let stored: { id: string; storageKey: string }[] = [];
let missingKey = "";

beforeAll(async () => {
  await actAs("jishigang");
  const caseId = await registerTestCase();
  for (const [kind, name, bytes] of [
    ["BEFORE_PHOTO", "拆前.jpg", await jpeg({ color: "#a33" })],
    ["ACCEPTANCE_FORM", "验收意见表.pdf", pdf()],
  ] as const) {
    const res = await POST(await uploadRequest(caseId, kind, { name, bytes }), {
      params: Promise.resolve({ id: caseId }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  stored = await prisma.evidence.findMany({ where: { caseId }, select: { id: true, storageKey: true } });
  // A record whose file is gone from the bucket (deleted by hand, a lost write).
  missingKey = newStorageKey();
  const uploader = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
  await prisma.evidence.create({
    data: {
      caseId,
      kind: "OTHER",
      storageKey: missingKey,
      originalName: "丢失.pdf",
      mime: "application/pdf",
      size: 1,
      sha256: "0".repeat(64),
      uploadedById: uploader.id,
    },
  });
  // The embedded database is one process's: the backup runs with "the portal" (this file's client) stopped.
  const g = globalThis as { __haishuDb?: { close(): Promise<void> } };
  await g.__haishuDb?.close();
  g.__haishuDb = undefined;
  if (onPostgres) {
    targetDatabase = fileDatabaseName(databaseName(postgresUrl()));
    await createDatabase(postgresUrl(), targetDatabase);
    targetUrl = withDatabase(postgresUrl(), targetDatabase);
  }
}, 180_000);

afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  rmSync(work, { recursive: true, force: true });
  if (targetDatabase) await dropDatabases(postgresUrl(), [targetDatabase]);
});

describe("backup and restore on S3", () => {
  it("backs up the bucket's files, names the missing one, and restores every file into another bucket byte for byte", async () => {
    const backedUp = await npmScript("backup", backupDir, { DATABASE_URL: sourceUrl, ...s3Env(source) });
    expect(backedUp.stdout).toMatch(/备份完成/);
    expect(backedUp.stdout).toMatch(/1 个文件在存储中不存在/);
    const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8"));
    expect(manifest.missingFiles).toEqual([missingKey]);
    expect(manifest.files).toBeGreaterThanOrEqual(stored.length);

    const restored = await npmScript("restore", backupDir, {
      DATABASE_URL: targetUrl,
      UPLOAD_DIR: join(work, "unused-uploads"),
      ...s3Env(target),
    });
    expect(restored.stdout).toMatch(/恢复完成/);
    expect(stored).toHaveLength(2);
    for (const { storageKey } of stored) {
      const [was, is] = await Promise.all([objectIn(source, storageKey), objectIn(target, storageKey)]);
      expect(was, storageKey).not.toBeNull();
      expect(is?.equals(was!), `${storageKey} restored byte for byte`).toBe(true);
    }
    expect(await objectIn(target, missingKey)).toBeNull();
  }, 240_000);
});
