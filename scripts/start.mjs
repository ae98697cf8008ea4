#!/usr/bin/env node
// `npm start`: bring the database up to date (migrations, reference data, demo accounts on the
// embedded database), build when the sources changed, then serve the portal. Several instances may
// start at once against one PostgreSQL: a PostgreSQL advisory lock lets one migrate, seed and build
// while the others wait, then find everything done and just start.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import pg from "pg";

import { parseWorkers } from "../lib/workers.mjs";
import { embeddedHolder, holdEmbedded } from "../server/embedded-lock.mjs";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);
const bin = (name) => join(root, "node_modules", ".bin", name);

const env = { ...process.env };
// The same default as server/env.ts DEFAULT_DATABASE_URL, repeated because plain Node cannot import TypeScript.
env.DATABASE_URL ||= "pglite:./.data/pglite";
env.NEXT_TELEMETRY_DISABLED = "1"; // offline intranet: no phoning home
env.PORT ||= "3000";
env.NEXTAUTH_URL ||= `http://localhost:${env.PORT}`;
const embedded = env.DATABASE_URL.startsWith("pglite:");
// Checked before anything runs (scripts/server.mjs starts the workers).
try {
  parseWorkers(env.WEB_CONCURRENCY, embedded);
} catch (e) {
  fail(e.message);
}
if (!env.NEXTAUTH_SECRET) {
  if (!embedded) fail("生产环境请设置 NEXTAUTH_SECRET（会话签名密钥，可用 `openssl rand -base64 32` 生成）");
  env.NEXTAUTH_SECRET = localSecret();
}

// Demo accounts only where asked for, or on the embedded database a newcomer starts with.
const demo = env.SEED_DEMO ? env.SEED_DEMO === "1" : embedded;
// With the demo accounts, the living demo campaign (prisma/seed-demo.ts) — never in production, and
// not where SEED_LIVING_DEMO=0 (the end-to-end run keeps its own fixtures).
const living = demo && env.NODE_ENV !== "production" && env.SEED_LIVING_DEMO !== "0";
// DEMO_CITY=1 (with the demo accounts): the city demo — 海曙区 and a generated 江北区 (示例数据), the city's
// targets and its accounts city / cityleader (prisma/seed-city.ts).
const cityDemo = demo && env.DEMO_CITY === "1";
// The embedded database is this process's for the portal's whole life: a second `npm start` on the same
// directory would migrate and seed under the running portal and corrupt it, so it is refused here, first.
if (embedded) {
  const dir = resolve(env.DATABASE_URL.slice("pglite:".length));
  const holder = embeddedHolder(dir);
  if (holder !== null) {
    fail(
      `内置数据库 ${dir} 正在被进程 ${holder} 使用：平台已在运行。同一数据目录只能启动一个平台——请先停止它，或用 DATABASE_URL=pglite:<另一个目录> 启动另一个。`,
    );
  }
  holdEmbedded(dir);
}
const lock = embedded ? null : await startLock(env.DATABASE_URL);
try {
  // DB_PREPARED=1: the caller has just migrated and seeded this database (the end-to-end server,
  // tests/e2e/server.mjs), so the two would find nothing to do — and cost seconds of CLI start-up.
  if (env.DB_PREPARED !== "1") {
    run(bin("prisma"), ["migrate", "deploy"]);
    run(bin("tsx"), [
      "--conditions=react-server",
      "prisma/seed.ts",
      ...(demo ? ["--demo"] : []),
      ...(living ? ["--living"] : []),
      ...(cityDemo ? ["--city"] : []),
    ]);
  }
  if (needsBuild()) run(bin("next"), ["build"]);
  else console.log("构建已是最新，跳过 next build");
} finally {
  await lock?.end();
}

console.log(
  `\n整治提升工作平台：http://localhost:${env.PORT}${demo ? `  （演示账号如 office / jishigang / fgj${cityDemo ? "，市级 city / cityleader" : ""}，密码 Demo@2020）` : ""}\n`,
);
// Our own entry point around Next's handler: it records the client address for the route handlers.
const server = spawn(process.execPath, ["scripts/server.mjs"], {
  env: { ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));

function run(cmd, args) {
  const r = spawnSync(cmd, args, { env, stdio: "inherit" });
  if (r.status !== 0) fail(`命令失败：${cmd} ${args.join(" ")}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * One instance at a time migrates, seeds and builds: a session-level PostgreSQL advisory lock, held
 * until `end()` (or until this process dies, when PostgreSQL releases it).
 */
async function startLock(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((e) => fail(`无法连接数据库：${e.message}`));
  const key = 7_316_013; // any constant shared by every instance of the portal
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS got", [key]);
  if (!rows[0].got) {
    console.log("另一个实例正在迁移、写入基础数据或构建，等待其完成…");
    await client.query("SELECT pg_advisory_lock($1)", [key]);
  }
  return { end: () => client.end().catch(() => undefined) };
}

function localSecret() {
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** True when there is no build, or a source file is newer than it. */
function needsBuild() {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = (path) => {
    const s = statSync(path);
    if (!s.isDirectory()) return s.mtimeMs > built;
    return readdirSync(path).some((entry) => newer(join(path, entry)));
  };
  return [
    "app",
    "components",
    "lib",
    "server",
    "public",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.ts",
    "package-lock.json",
  ]
    .filter(existsSync)
    .some(newer);
}
