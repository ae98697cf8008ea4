import "server-only";

import { randomInt } from "node:crypto";

import { revalidateTag, unstable_cache } from "next/cache";
import { cache } from "react";

import { prisma } from "@/server/db";

/**
 * Cached reads of figures that many requests share (the dashboard's and each unit's case figures),
 * with Next's data cache. Rules:
 * - The scope is applied BEFORE a cached read (the caller checks who may see which unit) and the scope
 *   is part of the key (the function's arguments are: `unitId` or null for the district), so one
 *   unit's figures are never served for another.
 * - Every mutation calls `invalidateFigures()` (server/action.ts after each successful action, and the
 *   mutating route handlers that change figures), which expires every entry at once on this instance
 *   and bumps the figures' version row in the database. The version is part of every key, so other
 *   instances (each keeps its own cache) miss on their next read too: no instance serves stale figures.
 * - Also used for reference lists every page or form reads (campaign years, outcomes, policy bases,
 *   departments): they change only through actions, which expire them like the figures.
 * - Cached functions must return plain JSON (no Date, Decimal, Map): Next stores entries as JSON.
 */
export const FIGURES_TAG = "case-figures";
export const FIGURES_TTL_SECONDS = 30;

export function cachedFigures<A extends (string | number | null)[], R>(
  name: string,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const cached = unstable_cache((_version: number, ...args: A) => fn(...args), ["figures", name], {
    tags: [FIGURES_TAG],
    revalidate: FIGURES_TTL_SECONDS,
  });
  return async (...args: A) => cached(await figuresVersion(), ...args);
}

// Read once per page render (React cache: every cached figure on the page uses the same version);
// outside a render (actions, route handlers) on every call.
const figuresVersion = cache(async (): Promise<number> => {
  const row = await prisma.cacheVersion.findUnique({ where: { name: FIGURES_TAG }, select: { version: true } });
  if (row) return row.version;
  // A database's first read: its version starts at a random number, not at 0. Next keeps the cache on
  // disk (.next/cache), so a build that served another database (a restored or newly set up one, the
  // benchmarks' and the end-to-end tests' scratch databases) would otherwise answer it that one's
  // figures under the same key. Concurrent first reads agree on whichever row was written first.
  // ON CONFLICT: two instances starting at once must not fail on each other's insert.
  await prisma.$executeRaw`INSERT INTO "CacheVersion" ("name", "version") VALUES (${FIGURES_TAG}, ${firstVersion()}) ON CONFLICT ("name") DO NOTHING`;
  return (await prisma.cacheVersion.findUniqueOrThrow({ where: { name: FIGURES_TAG }, select: { version: true } }))
    .version;
});

/** A random starting version, leaving room below the column's 2³¹ for increments. */
function firstVersion() {
  return randomInt(1, 2 ** 30);
}

/** Expires every cached figure now, on every instance (the next read recomputes): call after any successful mutation. */
export async function invalidateFigures() {
  revalidateTag(FIGURES_TAG, { expire: 0 });
  await prisma.$executeRaw`INSERT INTO "CacheVersion" ("name", "version") VALUES (${FIGURES_TAG}, ${firstVersion()}) ON CONFLICT ("name") DO UPDATE SET "version" = "CacheVersion"."version" + 1`;
}
