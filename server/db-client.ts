// Builds a Prisma client for DATABASE_URL: `postgresql://…` in production, `pglite:<dir>` (embedded
// PostgreSQL in WASM, in-process) for a first run. Not server-only: the seed, scripts and tests use it too.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { skippingEmptyRelationLoads } from "@/server/db-skip-empty";
import { holdEmbedded } from "@/server/embedded-lock.mjs";
import { env } from "@/server/env";

export type Db = { prisma: PrismaClient; close: () => Promise<void> };

// PGlite is one connection: transactions queue behind each other, so allow a long wait for a turn.
const transactionOptions = { maxWait: 20_000, timeout: 20_000 };

export function createDb(url = env().DATABASE_URL): Db {
  if (url.startsWith("pglite:")) {
    const dir = resolve(url.slice("pglite:".length));
    mkdirSync(dirname(dir), { recursive: true });
    const pglite = new PGlite(dir);
    const release = holdEmbedded(dir);
    const prisma = countQueries(
      new PrismaClient({
        adapter: skippingEmptyRelationLoads(new PrismaPGlite(pglite)),
        transactionOptions,
        ...queryEvents(),
      }),
    );
    let closing: Promise<void> | undefined;
    return {
      prisma,
      // Once, however often asked (a second Ctrl-C, two signal handlers): a clean close leaves no postmaster.pid.
      close: () =>
        (closing ??= (async () => {
          await prisma.$disconnect();
          await pglite.close();
          release();
        })()),
    };
  }
  const prisma = countQueries(
    new PrismaClient({
      adapter: skippingEmptyRelationLoads(new PrismaPg({ connectionString: url })),
      transactionOptions,
      ...queryEvents(),
    }),
  );
  return { prisma, close: () => prisma.$disconnect() };
}

// QUERY_COUNT=1 (measurements only): every SQL statement adds one to the running request's record, which
// scripts/server.mjs writes into the request's log line as `queries` (scripts/bench-pages.ts sums them).
const REQUEST_STORE = Symbol.for("haishu.request-log");
type RequestStore = { getStore(): { queries?: number } | undefined };

function queryEvents(): { log?: [{ emit: "event"; level: "query" }] } {
  return env().QUERY_COUNT ? { log: [{ emit: "event", level: "query" }] } : {};
}

function countQueries(prisma: PrismaClient): PrismaClient {
  if (!env().QUERY_COUNT) return prisma;
  const verbose = env().QUERY_COUNT === 2;
  (prisma as unknown as { $on(e: "query", f: (e: { query: string }) => void): void }).$on("query", (e) => {
    const record = (globalThis as { [REQUEST_STORE]?: RequestStore })[REQUEST_STORE]?.getStore();
    if (record) record.queries = (record.queries ?? 0) + 1;
    if (verbose) process.stdout.write(`sql: ${e.query.replace(/\s+/g, " ").slice(0, 200)}\n`);
  });
  return prisma;
}
