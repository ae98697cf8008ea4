// A scratch database for the benchmarks (npm run bench:dashboard, bench:import): embedded PGlite in
// .data/<name> by default, or, when DATABASE_URL is PostgreSQL, a database created next to it (the one
// DATABASE_URL names is never touched); migrated, empty, dropped again by `drop`.
import { AsyncLocalStorage } from "node:async_hooks";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { type Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { createDb, type Db } from "../server/db-client";
import { copyMigratedPglite } from "./migrated-pglite";

export type Bare = { query: (sql: Prisma.Sql) => Promise<unknown>; close: () => Promise<void> };

/**
 * Where a scratch database lives, created empty (not migrated): a database next to the one DATABASE_URL
 * names when that is PostgreSQL, else an embedded PGlite directory under `dir`. `drop` removes it again.
 */
export async function scratchDatabaseUrl(
  name: string,
  dir: string,
): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const target = new URL(url);
    const dbName = `${decodeURIComponent(target.pathname.slice(1)) || "haishu"}_${name.replace(/-/g, "_")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${dbName}"`);
    target.pathname = `/${dbName}`;
    return {
      url: target.toString(),
      label: `PostgreSQL（临时库 ${dbName}）`,
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const path = resolve(dir, name);
  rmSync(path, { recursive: true, force: true });
  return {
    url: `pglite:${path}`,
    label: `PGlite（内置，临时目录 ${path}）`,
    drop: async () => rmSync(path, { recursive: true, force: true }),
  };
}

export async function scratchDatabase(
  name: string,
): Promise<{ label: string; db: Db; bare: Bare; drop: () => Promise<void> }> {
  const scratch = await scratchDatabaseUrl(name, ".data");
  migrate(scratch.url);
  if (scratch.url.startsWith("postgres")) {
    const db = createDb(scratch.url);
    const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
    return {
      label: scratch.label,
      db,
      bare: { query: (sql) => pool.query(sql.text, sql.values), close: () => pool.end() },
      drop: scratch.drop,
    };
  }
  // One PGlite instance serves both Prisma and the bare queries (it is a single connection).
  const pglite = new PGlite(scratch.url.slice("pglite:".length));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    label: scratch.label,
    db: {
      prisma,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    },
    bare: { query: (sql) => pglite.query(sql.text, sql.values), close: async () => {} },
    drop: scratch.drop,
  };
}

function migrate(url: string) {
  if (url.startsWith("pglite:")) return copyMigratedPglite(url.slice("pglite:".length));
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

/** The office session the benchmarks act as (its User row is written by each benchmark's data set). */
export const BENCH_OFFICE = {
  id: "bench-office",
  username: "bench-office",
  displayName: "基准测试",
  role: "OFFICE" as const,
  unitId: null,
  departmentId: null,
  mustChangePassword: false,
  unit: null,
  department: null,
  leadDimensions: [],
  // The default district (the migration's and the seed's, id 1 on a fresh database: docs/domain.md §市级).
  districtId: 1,
  district: null,
};

/**
 * The benchmarks' tiny mode (`--tiny` or BENCH_TINY=1): small data and a few runs, seconds in all — what
 * CI runs so that a benchmark cannot break unnoticed. Its figures mean nothing.
 */
export const BENCH_TINY = process.argv.includes("--tiny") || process.env.BENCH_TINY === "1";

/**
 * The cached reads (server/cache.ts: Next's data cache) outside Next: a cache that keeps nothing, so
 * every call computes — what a benchmark of the computation wants, and what the first request after a
 * mutation pays. Without it `unstable_cache` throws "incrementalCache missing" outside the server.
 */
export function withoutDataCache() {
  // Next's server sets this up first thing (next/dist/server/node-environment-baseline); its modules
  // read it when loaded, so call this before importing the data layer.
  const g = globalThis as { AsyncLocalStorage?: unknown; __incrementalCache?: unknown };
  g.AsyncLocalStorage ??= AsyncLocalStorage;
  g.__incrementalCache = {
    isOnDemandRevalidate: false,
    generateSimpleCacheKey: async (key: string) => key,
    get: async () => null,
    set: async () => undefined,
  };
}
