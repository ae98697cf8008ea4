// Builds a Prisma client for DATABASE_URL: `postgresql://…` in production, `pglite:<dir>` (embedded
// PostgreSQL in WASM, in-process) for a first run. Not server-only: the seed, scripts and tests use it too.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/server/env";

export type Db = { prisma: PrismaClient; close: () => Promise<void> };

// PGlite is one connection: transactions queue behind each other, so allow a long wait for a turn.
const transactionOptions = { maxWait: 20_000, timeout: 20_000 };

export function createDb(url = env().DATABASE_URL): Db {
  if (url.startsWith("pglite:")) {
    const dir = resolve(url.slice("pglite:".length));
    mkdirSync(dirname(dir), { recursive: true });
    const pglite = new PGlite(dir);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
    return {
      prisma,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions });
  return { prisma, close: () => prisma.$disconnect() };
}
