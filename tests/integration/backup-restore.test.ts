// `npm run backup` then `npm run restore` into an empty database and upload directory give back every
// record of every table and every file, byte for byte; damaged backups and non-empty installations
// are refused. Runs the real commands (child processes) on PGlite or PostgreSQL per the test target.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { connect, tablesInOrder } from "@/scripts/backup-lib";

import { onPostgres, postgresUrl } from "../helpers/db-target";
import { jpeg, pdf, registerTestCase, uploadRequest } from "../helpers/fixtures";
import { createDatabase, databaseName, dropDatabases, fileDatabaseName, withDatabase } from "../helpers/pg-databases";
import { actAs } from "../helpers/session";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "haishu-backup-"));
const backupDir = join(work, "backup");
const sourceUrl = process.env.DATABASE_URL!;
const sourceUploads = process.env.UPLOAD_DIR!;
const targetUploads = join(work, "restored-uploads");
let targetUrl = `pglite:${join(work, "restored-db")}`;
let targetDatabase: string | null = null;

function npmScript(script: "backup" | "restore", dir: string, vars: Record<string, string>) {
  return run(resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `scripts/${script}.ts`, dir], {
    env: { ...process.env, ...vars },
    timeout: 120_000,
  });
}

async function tableContents(url: string): Promise<Record<string, string[]>> {
  const sql = await connect(url);
  try {
    const out: Record<string, string[]> = {};
    for (const t of await tablesInOrder(sql)) {
      out[t] = (await sql.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM "${t}" t`)).map((r) => r.j).sort();
    }
    return out;
  } finally {
    await sql.close();
  }
}

/** Every file under `dir` by its path there (year/month/key) with its SHA-256. */
function fileHashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(
    files.map((d) => {
      const path = join(d.parentPath, d.name);
      return [relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex")];
    }),
  );
}

beforeAll(async () => {
  await actAs("jishigang");
  const first = await registerTestCase();
  const second = await registerTestCase({ category: "RECTIFICATION", disposalPath: undefined, dimensions: ["SAFETY"] });
  for (const [caseId, kind, name, bytes] of [
    [first, "BEFORE_PHOTO", "拆前.jpg", await jpeg({ capturedAt: "2020:05:01 09:00:00" })],
    [first, "AFTER_PHOTO", "拆后.jpg", await jpeg({ capturedAt: "2020:06:01 09:00:00", color: "#a33" })],
    [first, "ACCEPTANCE_FORM", "验收意见表.pdf", pdf()],
    [second, "BEFORE_PHOTO", "整治前.jpg", await jpeg({ color: "#33a" })],
  ] as const) {
    const res = await POST(await uploadRequest(caseId, kind, { name, bytes }), {
      params: Promise.resolve({ id: caseId }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
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
  rmSync(work, { recursive: true, force: true });
  if (targetDatabase) await dropDatabases(postgresUrl(), [targetDatabase]);
});

describe("backup and restore", () => {
  it("restores every record of every table and every file into an empty installation", async () => {
    const backedUp = await npmScript("backup", backupDir, { DATABASE_URL: sourceUrl, UPLOAD_DIR: sourceUploads });
    expect(backedUp.stdout).toMatch(/备份完成/);
    const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8"));
    expect(manifest.migration).toMatch(/^\d{14}_/);
    expect(manifest.files).toBe(4 + 3); // the 4 uploads and the stored thumbnails of the 3 photos
    expect(manifest.tables.find((t: { name: string }) => t.name === "Evidence").rows).toBeGreaterThanOrEqual(4);

    const restored = await npmScript("restore", backupDir, { DATABASE_URL: targetUrl, UPLOAD_DIR: targetUploads });
    expect(restored.stdout).toMatch(/恢复完成/);

    const [before, after] = [await tableContents(sourceUrl), await tableContents(targetUrl)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.Case.length).toBeGreaterThanOrEqual(2);
    expect(fileHashes(targetUploads)).toEqual(fileHashes(sourceUploads));
    expect(Object.keys(fileHashes(targetUploads))).toHaveLength(4 + 3);

    // New rows after the restore get fresh ids (sequences continue after the restored rows).
    const sql = await connect(targetUrl);
    try {
      const [{ id }] = await sql.query<{ id: number }>(
        `INSERT INTO "Unit"(code, name, kind, "displayOrder", "districtId") VALUES ('NEW', '新单位', 'TOWN', 999, 1) RETURNING id`,
      );
      expect(id).toBeGreaterThan(Math.max(...before.Unit.map((j) => JSON.parse(j).id)));
    } finally {
      await sql.close();
    }
  }, 240_000);

  it("refuses to restore over an installation that has data", async () => {
    const res = npmScript("restore", backupDir, { DATABASE_URL: sourceUrl, UPLOAD_DIR: join(work, "empty-uploads") });
    await expect(res).rejects.toMatchObject({ stderr: expect.stringMatching(/数据库已有数据/) });
  }, 120_000);

  it("refuses a backup whose files do not match their checksums", async () => {
    appendFileSync(join(backupDir, "db", "Case.jsonl"), "\n");
    const res = npmScript("restore", backupDir, {
      DATABASE_URL: `pglite:${join(work, "never")}`,
      UPLOAD_DIR: join(work, "never-uploads"),
    });
    await expect(res).rejects.toMatchObject({ stderr: expect.stringMatching(/校验失败[\s\S]*db\/Case\.jsonl/) });
  }, 120_000);
});
