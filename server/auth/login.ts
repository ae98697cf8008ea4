import "server-only";

import { signDevice, verifiedDevice } from "@/lib/accounts/device-cookie";
import {
  afterFailure,
  attemptLockedMinutes,
  attemptScopes,
  throttleKeys,
  type ThrottleScope,
  type ThrottleState,
} from "@/lib/accounts/login-throttle";
import { normaliseLoginName } from "@/lib/accounts/rules";
import { prisma } from "@/server/db";
import { env } from "@/server/env";
import { verifyPassword } from "@/server/password";
import { loginThrottlePolicies } from "@/server/policies";

export class LoginLockedError extends Error {}

// Compared against when the login name is unknown, so a miss costs the same time as a wrong password.
const DUMMY_HASH = "$2b$10$fN.ztPM8pzJzrHVYOR1d6u5xitlK2yqjA6eAtrdbZ8WSTjtM9002m";

export type LoginAttempt = {
  username: string;
  password: string;
  /** From the entry point's client-address header. */
  client: string;
  /** The browser's device cookie for this login name, if it sent one (lib/accounts/device-cookie.ts). */
  device?: string | null;
};
/** `device`: the device cookie the browser should keep for this account (the one it sent, if genuine). */
export type SignedIn = { id: string; sessionVersion: number; username: string; device: string };

const deviceSecret = () => env().NEXTAUTH_SECRET ?? "";

/**
 * Checks a login. Each attempt first reserves a failure on its counters (account+client, client,
 * account — or only its own device's, from a browser that signed in to the account before) in one
 * transaction with the rows locked, and is refused unchecked when any is locked — so parallel
 * guesses cannot pass the limit. A successful login gives the reservation back.
 */
export async function verifyLogin(
  { username, password, client, device }: LoginAttempt,
  now = new Date(),
): Promise<SignedIn | null> {
  if (!username.trim() || username.length > 64 || !password) return null;
  const name = normaliseLoginName(username);
  const nonce = name ? verifiedDevice(name, device, deviceSecret()) : null;
  const keys = throttleKeys(name ?? "", client || "unknown", nonce);
  const scopes = attemptScopes(!name ? "notAName" : nonce ? "device" : "browser");

  const minutes = await reserveAttempt(keys, scopes, now);
  if (minutes > 0) throw new LoginLockedError(`登录失败次数过多，已临时锁定，请${minutes}分钟后再试`);

  const user = name ? await prisma.user.findUnique({ where: { username: name } }) : null;
  const ok = (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)) && !!user?.active;
  if (!ok || !user) return null;
  const giveBack = scopes.filter((s) => s !== "accountClient").map((s) => keys[s]);
  await prisma.$transaction([
    prisma.loginThrottle.deleteMany({ where: { username: keys.accountClient } }),
    prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ...(giveBack.length
      ? [
          prisma.$executeRaw`UPDATE "LoginThrottle" SET failures = GREATEST(failures - 1, 0) WHERE username = ANY(${giveBack}) AND "lockedUntil" IS NULL`,
        ]
      : []),
  ]);
  return {
    id: user.id,
    sessionVersion: user.sessionVersion,
    username: user.username,
    device: nonce && device ? device : signDevice(user.username, deviceSecret()),
  };
}

/** Counts one attempt on each of its counters unless one is locked; returns the minutes left of the longest lock (0 = go on). */
async function reserveAttempt(
  keys: Record<ThrottleScope, string>,
  counted: ThrottleScope[],
  now: Date,
): Promise<number> {
  const policies = loginThrottlePolicies();
  // A fixed order of row locks, so concurrent attempts on overlapping counters cannot deadlock.
  const scopes = [...counted].sort((a, b) => keys[a].localeCompare(keys[b]));
  return prisma.$transaction(async (tx) => {
    const states = new Map<ThrottleScope, ThrottleState>();
    for (const scope of scopes) {
      // Creates the counter if missing; either way the row stays locked until the transaction ends.
      const [row] = await tx.$queryRaw<ThrottleState[]>`
        INSERT INTO "LoginThrottle" (username, failures, "firstFailAt") VALUES (${keys[scope]}, 0, ${now})
        ON CONFLICT (username) DO UPDATE SET username = EXCLUDED.username
        RETURNING failures, "firstFailAt", "lockedUntil"`;
      states.set(scope, row);
    }
    const minutes = attemptLockedMinutes([...states.values()], now);
    if (minutes > 0) return minutes;
    for (const scope of scopes) {
      const next = afterFailure(states.get(scope)!, now, policies[scope]);
      await tx.loginThrottle.update({ where: { username: keys[scope] }, data: next });
    }
    return 0;
  });
}
