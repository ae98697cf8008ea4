import "server-only";

import { prisma } from "@/server/db";

/** A counter untouched for a day no longer limits anyone (windows are at most an hour, locks at most LOGIN_LOCK_MINUTES). */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes rate-limit and login-throttle counters that no longer hold anything back, so the tables do
 * not grow with every address that ever visited. A counter still in its window or still locked stays.
 */
export async function pruneRateLimits(now: Date): Promise<{ rateLimits: number; loginThrottles: number }> {
  const cutoff = new Date(now.getTime() - STALE_MS);
  const [rateLimits, loginThrottles] = await prisma.$transaction([
    prisma.publicRateLimit.deleteMany({ where: { windowStart: { lt: cutoff } } }),
    prisma.loginThrottle.deleteMany({
      where: { firstFailAt: { lt: cutoff }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: cutoff } }] },
    }),
  ]);
  return { rateLimits: rateLimits.count, loginThrottles: loginThrottles.count };
}
