import "server-only";

import { CLIENT_IP_HEADER } from "@/lib/client-address.mjs";
import { hit, minutesLeft, type RatePolicy } from "@/lib/rate-limit";
import { prisma } from "@/server/db";

/**
 * Counts one request of `key` (e.g. "tip-submit:<address>") against the policy; returns a Chinese
 * refusal when over the limit. The row is locked for the update so parallel requests count correctly.
 */
export async function hitRateLimit(key: string, policy: RatePolicy, now = new Date()): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    await tx.publicRateLimit.upsert({ where: { key }, create: { key, count: 0, windowStart: now }, update: {} });
    const [state] = await tx.$queryRaw<{ count: number; windowStart: Date }[]>`
      SELECT count, "windowStart" FROM "PublicRateLimit" WHERE key = ${key} FOR UPDATE`;
    const { allowed, next } = hit(state.count === 0 ? null : state, now, policy);
    await tx.publicRateLimit.update({ where: { key }, data: next });
    return allowed ? null : `操作过于频繁，请${minutesLeft(next, now, policy)}分钟后再试`;
  });
}

/**
 * The client address recorded by the Node entry point (scripts/server.mjs) from the connection, or
 * from X-Forwarded-For only as far as TRUSTED_PROXY_HOPS allows. Never read from a header the
 * client controls; "unknown" (one shared bucket) when the portal runs without the entry point.
 */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
