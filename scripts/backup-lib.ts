// Backup and restore of a whole installation: every table of the database as JSON lines (a logical
// export through the database's own JSON functions, so the same backup restores into PGlite and into
// PostgreSQL whatever their versions), every uploaded file, a manifest and SHA-256 checksums.
//
//   DIR/manifest.json   version, latest migration, every applied migration, per-table counts, files, created at
//   DIR/db/<Table>.jsonl one row per line (to_jsonb of the row), tables in foreign-key order
//   DIR/files/<key>     the stored files, under their storage keys
//   DIR/SHA256SUMS      `sha256sum -c SHA256SUMS` format, covering every other file
//
// On PostgreSQL the export runs in one REPEATABLE READ READ ONLY transaction: one consistent snapshot
// while the portal keeps running. PGlite is one process's database: back it up with the portal stopped.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

import { embeddedHolder } from "@/server/embedded-lock.mjs";
import { env } from "@/server/env";
import { storage } from "@/server/storage";

import { connect, type Sql } from "./backup-sql";

export { connect };
export const FORMAT_VERSION = 1;
const BATCH = 1000;
const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

export interface Manifest {
  format: number;
  app: { name: string; version: string };
  createdAt: string;
  database: "pglite" | "postgresql";
  migration: string;
  migrations: string[];
  tables: { name: string; rows: number; columns: string[] }[];
  files: number;
  missingFiles: string[];
}

export class BackupError extends Error {}

// ---------------------------------------------------------------------------------------------- embedded in use

/**
 * An embedded database is one process's: opening it while the portal runs would corrupt it. Refuse
 * when another live process on this machine has it open — the holder recorded beside the directory
 * (server/embedded-lock.mjs), or a portal started from this directory with the same DATABASE_URL.
 * PGlite's own postmaster.pid is no evidence: its pid is a placeholder and it outlives a stopped portal.
 */
export function assertEmbeddedNotInUse(url = env().DATABASE_URL) {
  if (!url.startsWith("pglite:")) return;
  const dir = resolve(url.slice("pglite:".length));
  const holder = embeddedHolder(dir);
  if (holder !== null) {
    throw new BackupError(`内置数据库 ${dir} 正在被进程 ${holder} 使用（平台正在运行？）。请先停止平台再备份/恢复。`);
  }
  if (!existsSync("/proc")) return;
  for (const pid of readdirSync("/proc").filter(
    (p) => /^\d+$/.test(p) && Number(p) !== process.pid && Number(p) !== process.ppid,
  )) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const portal =
        cmd.some((a) => a.endsWith("server.mjs") || a.startsWith("next-server")) ||
        (cmd.some((a) => /(^|\/)next(\.js)?$/.test(a)) && cmd.some((a) => a === "start" || a === "dev"));
      if (!portal) continue;
      const cwd = readlinkSafe(`/proc/${pid}/cwd`);
      const vars = Object.fromEntries(
        readFileSync(`/proc/${pid}/environ`, "utf8")
          .split("\0")
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
      );
      const theirs = vars.DATABASE_URL || "pglite:./.data/pglite";
      if (!theirs.startsWith("pglite:") || !cwd) continue;
      if (resolve(cwd, theirs.slice("pglite:".length)) === dir) {
        throw new BackupError(
          `平台正在运行（进程 ${pid}）并使用内置数据库 ${dir}。内置数据库只能在平台停止时备份/恢复：请先停止平台。`,
        );
      }
    } catch (e) {
      if (e instanceof BackupError) throw e;
      // Another user's process, or one that just ended: not ours to judge.
    }
  }
}

function readlinkSafe(path: string): string | null {
  try {
    return execFileSync("readlink", [path], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------- schema

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The portal's tables (not Prisma's migration history), parents before children. */
export async function tablesInOrder(sql: Sql): Promise<string[]> {
  const tables = (
    await sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
       ORDER BY table_name`,
    )
  ).map((r) => r.name);
  const edges = await sql.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname <> p.relname`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p) || !parents.has(p)),
    );
    if (ready.length === 0)
      throw new BackupError(`外键存在环，无法排序：${tables.filter((t) => !done.has(t)).join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      done.add(t);
    }
  }
  return ordered;
}

async function columnsOf(sql: Sql, table: string): Promise<string[]> {
  return (
    await sql.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    )
  ).map((r) => r.name);
}

async function appliedMigrations(sql: Sql): Promise<string[]> {
  const exists = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'`,
  );
  if (exists[0].n === 0) return [];
  return (
    await sql.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    )
  ).map((r) => r.name);
}

/** Columns holding storage keys of uploaded files (storageKey, thumbnailKey…, in any table). */
async function fileKeyColumns(sql: Sql): Promise<{ table: string; column: string }[]> {
  return sql.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type = 'text'
       AND (column_name ILIKE '%storagekey' OR column_name ILIKE '%thumbnailkey')`,
  );
}

// ---------------------------------------------------------------------------------------------- files

const sha256File = (path: string) =>
  new Promise<string>((ok, fail) => {
    const h = createHash("sha256");
    createReadStream(path)
      .on("data", (c) => h.update(c))
      .on("end", () => ok(h.digest("hex")))
      .on("error", fail);
  });

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function toBuffer(data: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (data && typeof (data as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const c of data as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
  }
  if (data && typeof (data as Blob).arrayBuffer === "function") return Buffer.from(await (data as Blob).arrayBuffer());
  throw new Error("storage.get returned an unknown type");
}

type StorageWithList = { list?: () => AsyncIterable<string> | Promise<string[]> };

/**
 * Every stored file's key: the storage's own listing when it has one; otherwise the local upload
 * directory (thumbnails included) together with every key the database refers to.
 */
async function storedKeys(referenced: string[]): Promise<string[]> {
  const keys = new Set(referenced);
  const list = (storage as unknown as StorageWithList).list;
  if (typeof list === "function") {
    const listed = await list.call(storage);
    for await (const k of listed as AsyncIterable<string>) keys.add(k);
  } else {
    const dir = resolve(env().UPLOAD_DIR);
    for (const path of walk(dir)) keys.add(relative(dir, path).split(sep).join("/"));
  }
  return [...keys].sort();
}

async function readStored(key: string): Promise<Buffer> {
  try {
    return await toBuffer(await storage.get(key));
  } catch (e) {
    // Keys outside the storage's own key format (e.g. derived thumbnails) on the local directory.
    const path = join(resolve(env().UPLOAD_DIR), key);
    if (existsSync(path)) return readFile(path);
    throw e;
  }
}

async function writeStored(key: string, data: Buffer) {
  try {
    await storage.put(key, data);
  } catch (e) {
    if (!(e instanceof Error) || !/invalid storage key/.test(e.message)) throw e;
    const path = join(resolve(env().UPLOAD_DIR), key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flag: "wx" });
  }
}

const safeKey = (key: string) =>
  !key.split("/").some((p) => p === ".." || p === "" || p === ".") && !key.startsWith("/");

// ---------------------------------------------------------------------------------------------- backup

function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export async function backup(dir: string, log: (line: string) => void = () => {}): Promise<Manifest> {
  dir = resolve(dir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(`备份目录 ${dir} 不是空目录，请指定新的目录。`);
  assertEmbeddedNotInUse();
  await mkdir(join(dir, "db"), { recursive: true });
  await mkdir(join(dir, "files"), { recursive: true });
  const sql = await connect(env().DATABASE_URL);
  const manifest: Manifest = {
    format: FORMAT_VERSION,
    app: appVersion(),
    createdAt: new Date().toISOString(),
    database: sql.kind,
    migration: "",
    migrations: [],
    tables: [],
    files: 0,
    missingFiles: [],
  };
  const referenced: string[] = [];
  try {
    // One snapshot for every table: rows added while the backup runs are either all in or all out.
    await sql.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    manifest.migrations = await appliedMigrations(sql);
    if (manifest.migrations.length === 0) throw new BackupError("数据库尚未迁移，没有可备份的数据。");
    manifest.migration = manifest.migrations.at(-1)!;
    const keyColumns = await fileKeyColumns(sql);
    for (const table of await tablesInOrder(sql)) {
      const columns = await columnsOf(sql, table);
      const file = join(dir, "db", `${table}.jsonl`);
      await writeFile(file, "");
      await sql.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS j FROM ${quote(table)} t`);
      let rows = 0;
      for (;;) {
        const batch = await sql.query<{ j: string }>(`FETCH ${BATCH} FROM backup_rows`);
        if (batch.length === 0) break;
        await appendFile(file, batch.map((r) => r.j + "\n").join(""));
        rows += batch.length;
      }
      await sql.query("CLOSE backup_rows");
      manifest.tables.push({ name: table, rows, columns });
      for (const k of keyColumns.filter((c) => c.table === table)) {
        const keys = await sql.query<{ k: string }>(
          `SELECT ${quote(k.column)} AS k FROM ${quote(table)} WHERE ${quote(k.column)} IS NOT NULL`,
        );
        referenced.push(...keys.map((r) => r.k));
      }
      log(`  ${table}: ${rows}`);
    }
    await sql.query("COMMIT");
  } finally {
    await sql.close();
  }

  for (const key of await storedKeys(referenced)) {
    if (!safeKey(key)) continue;
    let data: Buffer;
    try {
      data = await readStored(key);
    } catch {
      manifest.missingFiles.push(key);
      continue;
    }
    const path = join(dir, "files", key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    manifest.files++;
  }
  if (manifest.missingFiles.length)
    log(
      `  警告：数据库引用的 ${manifest.missingFiles.length} 个文件在存储中不存在（已记入 manifest.json 的 missingFiles）`,
    );
  log(`  文件：${manifest.files}`);

  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const sums: string[] = [];
  for (const path of walk(dir).sort()) {
    const rel = relative(dir, path).split(sep).join("/");
    if (rel === "SHA256SUMS") continue;
    sums.push(`${await sha256File(path)}  ${rel}`);
  }
  await writeFile(join(dir, "SHA256SUMS"), sums.join("\n") + "\n");
  return manifest;
}

// ---------------------------------------------------------------------------------------------- restore

/** Every file listed in SHA256SUMS has that hash, and nothing else is in the backup. */
export async function verify(dir: string): Promise<Manifest> {
  dir = resolve(dir);
  const sumsPath = join(dir, "SHA256SUMS");
  if (!existsSync(sumsPath) || !existsSync(join(dir, "manifest.json")))
    throw new BackupError(`${dir} 不是完整的备份（缺少 SHA256SUMS 或 manifest.json）。`);
  const listed = new Map<string, string>();
  for (const line of readFileSync(sumsPath, "utf8").split("\n").filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m || !safeKey(m[2])) throw new BackupError(`SHA256SUMS 格式有误：${line}`);
    listed.set(m[2], m[1]);
  }
  const bad: string[] = [];
  for (const [rel, hash] of listed) {
    const path = join(dir, rel);
    if (!existsSync(path) || (await sha256File(path)) !== hash) bad.push(rel);
  }
  for (const path of walk(dir)) {
    const rel = relative(dir, path).split(sep).join("/");
    if (rel !== "SHA256SUMS" && !listed.has(rel)) bad.push(`${rel}（未登记）`);
  }
  if (bad.length)
    throw new BackupError(
      `校验失败，备份已损坏或被改动：\n  ${bad.slice(0, 20).join("\n  ")}${bad.length > 20 ? `\n  …共 ${bad.length} 个` : ""}`,
    );
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== FORMAT_VERSION)
    throw new BackupError(`不支持的备份格式 ${manifest.format}（本版本为 ${FORMAT_VERSION}）。`);
  return manifest;
}

/**
 * Tables the migrations themselves fill (docs/domain.md §市级: the default city 宁波市 and district 海曙区): a
 * freshly migrated database has their rows, so they do not make it "not empty", and a backup's own rows replace them.
 */
const MIGRATION_ROWS = ["City", "District"];

async function rowsInAnyTable(sql: Sql): Promise<string[]> {
  const nonEmpty: string[] = [];
  for (const t of (await tablesInOrder(sql)).filter((t) => !MIGRATION_ROWS.includes(t))) {
    const r = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${quote(t)} LIMIT 1) x`);
    if (r[0].n > 0) nonEmpty.push(t);
  }
  return nonEmpty;
}

function migrateDeploy(url: string) {
  execFileSync(join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

export async function restore(dir: string, log: (line: string) => void = () => {}): Promise<Manifest> {
  dir = resolve(dir);
  const manifest = await verify(dir);
  log(`  校验通过：${manifest.tables.length} 张表，${manifest.files} 个文件，备份于 ${manifest.createdAt}`);
  const known = new Set(readdirSync(join(root, "prisma", "migrations")));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length)
    throw new BackupError(`备份来自更新的版本（本程序没有迁移 ${unknown.join(", ")}）。请用相同或更新版本的程序恢复。`);
  const url = env().DATABASE_URL;
  assertEmbeddedNotInUse(url);

  const uploadDir = resolve(env().UPLOAD_DIR);
  if (walk(uploadDir).length > 0) throw new BackupError(`上传目录 ${uploadDir} 不是空的：只能恢复到全新的安装。`);

  // Refuse before changing anything: an installation with data is never overwritten.
  let sql = await connect(url);
  try {
    if ((await appliedMigrations(sql)).length > 0) {
      const nonEmpty = await rowsInAnyTable(sql);
      if (nonEmpty.length)
        throw new BackupError(
          `数据库已有数据（${nonEmpty.slice(0, 5).join("、")}${nonEmpty.length > 5 ? "…" : ""}），只能恢复到全新的空数据库。`,
        );
    }
  } finally {
    await sql.close();
  }
  log("  迁移数据库（prisma migrate deploy）…");
  migrateDeploy(url);

  sql = await connect(url);
  try {
    await sql.query("BEGIN");
    const present = new Set(await tablesInOrder(sql));
    const order = (await tablesInOrder(sql)).filter((t) => manifest.tables.some((m) => m.name === t));
    const missing = manifest.tables.filter((t) => !present.has(t.name));
    if (missing.length) throw new BackupError(`数据库中没有表 ${missing.map((t) => t.name).join(", ")}`);
    // The backup's city and districts replace the migration's defaults (a backup from before the city keeps them).
    for (const table of [...MIGRATION_ROWS].reverse())
      if (manifest.tables.some((m) => m.name === table)) await sql.query(`DELETE FROM ${quote(table)}`);
    for (const table of order) {
      const entry = manifest.tables.find((t) => t.name === table)!;
      const target = new Set(await columnsOf(sql, table));
      // Only the backup's columns: columns added by later migrations take their defaults — and a backup from
      // before the city (no districtId) is the default district's, as the city migration makes an installation.
      const kept = entry.columns.filter((c) => target.has(c));
      const cols = kept.map(quote).join(", ");
      const toDistrict = target.has("districtId") && !entry.columns.includes("districtId");
      const insertCols = toDistrict ? `${cols}, "districtId"` : cols;
      const selectCols = toDistrict ? `${cols}, (SELECT min(id) FROM "District")` : cols;
      const lines = readFileSync(join(dir, "db", `${table}.jsonl`), "utf8")
        .split("\n")
        .filter(Boolean);
      if (lines.length !== entry.rows)
        throw new BackupError(`${table}: 行数 ${lines.length} 与清单 ${entry.rows} 不符`);
      for (let i = 0; i < lines.length; i += BATCH) {
        const batch = `[${lines.slice(i, i + BATCH).join(",")}]`;
        await sql.query(
          `INSERT INTO ${quote(table)} (${insertCols}) SELECT ${selectCols} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`,
          [batch],
        );
      }
      log(`  ${table}: ${lines.length}`);
    }
    // Serial ids continue after the restored rows.
    const serials = await sql.query<{ t: string; c: string; s: string }>(
      `SELECT table_name AS t, column_name AS c, pg_get_serial_sequence(quote_ident(table_name), column_name) AS s
       FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    for (const { t, c, s } of serials.filter((r) => r.s)) {
      await sql.query(`SELECT setval($1, coalesce((SELECT max(${quote(c)}) FROM ${quote(t)}), 0) + 1, false)`, [s]);
    }
    await sql.query("COMMIT");
  } catch (e) {
    await sql.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await sql.close();
  }

  const fileDir = join(dir, "files");
  let files = 0;
  for (const path of walk(fileDir)) {
    await writeStored(relative(fileDir, path).split(sep).join("/"), await readFile(path));
    files++;
  }
  log(`  文件：${files}`);
  return manifest;
}

export function describe(m: Manifest): string {
  const rows = m.tables.reduce((n, t) => n + t.rows, 0);
  return `${m.tables.length} 张表 ${rows} 行，${m.files} 个文件，迁移 ${m.migration}`;
}
