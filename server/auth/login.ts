import "server-only";
import { afterFailure, lockedMinutes } from "@/lib/login-throttle";
import { verifyPassword } from "@/server/password";
import { loginThrottlePolicy } from "@/server/policies";
import { prisma } from "@/server/db";

export class LoginLockedError extends Error {}

// Compared against when the login name is unknown, so a miss costs the same time as a wrong password.
const DUMMY_HASH = "$2b$10$fN.ztPM8pzJzrHVYOR1d6u5xitlK2yqjA6eAtrdbZ8WSTjtM9002m";

/** Checks a login; throttles repeated failures of one login name. Returns the user id or null. */
export async function verifyLogin(username: string, password: string, now = new Date()): Promise<string | null> {
  const key = username.trim().toLowerCase();
  if (!key || !password) return null;
  const throttle = await prisma.loginThrottle.findUnique({ where: { username: key } });
  const minutes = lockedMinutes(throttle, now);
  if (minutes > 0) throw new LoginLockedError(`登录失败次数过多，账号已临时锁定，请${minutes}分钟后再试`);

  const user = await prisma.user.findUnique({ where: { username: key } });
  const ok = (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)) && !!user?.active;
  if (ok) {
    if (throttle) await prisma.loginThrottle.delete({ where: { username: key } });
    return user.id;
  }
  const next = afterFailure(throttle, now, loginThrottlePolicy);
  await prisma.loginThrottle.upsert({ where: { username: key }, create: { username: key, ...next }, update: next });
  return null;
}
