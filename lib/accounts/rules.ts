// Account rules of the user administration (用户管理), pure: login names, which scope a role needs,
// and an account's status as the office sees it.
import {
  DEVICE_CLIENT_PREFIX,
  type LoginPolicies,
  throttleKeys,
  type ThrottleState,
} from "@/lib/accounts/login-throttle";
import type { Role } from "@/lib/generated/prisma/enums";

/** 3–32 lower-case letters, digits or _ . -, starting with a letter (scripts/create-user.ts and /admin/users). */
export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;
export const USERNAME_MESSAGE = "账号须为3–32位小写字母、数字或 _ . -，以字母开头";

/**
 * The login name as typed at sign-in, normalised once (trimmed, lower case), or null when it cannot
 * be an account: such an attempt is never counted against an account, nor shown on one.
 */
export function normaliseLoginName(typed: string): string | null {
  const name = typed.trim().toLowerCase();
  return USERNAME_PATTERN.test(name) ? name : null;
}

/** What a role's account belongs to: a township its unit, a department its department, the office 区工强办 (set by itself). */
export const ROLE_SCOPE: Record<Role, "unit" | "department" | "office" | "none"> = {
  OFFICE: "office",
  LEADER: "none",
  DEPARTMENT: "department",
  TOWNSHIP: "unit",
  EXPERT: "none",
  // city accounts (docs/domain.md §市级) belong to no district and are never made in a district's 用户管理
  CITY_OFFICE: "none",
  CITY_LEADER: "none",
};

/** Expert accounts carry the association or organisation the expert speaks for; other roles none. */
export function needsOrganisation(role: Role): boolean {
  return role === "EXPERT";
}

export const ACCOUNT_STATUSES = ["ACTIVE", "DISABLED", "LOCKED"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** A disabled account reads 已停用 whether or not failed logins also locked it. */
export function accountStatus(active: boolean, locked: boolean): AccountStatus {
  if (!active) return "DISABLED";
  return locked ? "LOCKED" : "ACTIVE";
}

// The counter keys come from lib/accounts/login-throttle.ts's `throttleKeys`, so their format lives there only.
const EMPTY = throttleKeys("", "");
const ACCOUNT_PREFIX = EMPTY.account; // "account:"
const ACCOUNT_CLIENT_PREFIX = EMPTY.accountClient.slice(0, -1); // "account+client:" (before "<name>@<address>")

/**
 * The login name a failed-login counter belongs to (the account's own counter and its per-address
 * counters), or null for a counter of an address only.
 */
export function throttleKeyAccount(key: string): string | null {
  if (key.startsWith(ACCOUNT_PREFIX)) {
    const name = key.slice(ACCOUNT_PREFIX.length);
    return USERNAME_PATTERN.test(name) ? name : null;
  }
  if (key.startsWith(ACCOUNT_CLIENT_PREFIX)) {
    const rest = key.slice(ACCOUNT_CLIENT_PREFIX.length);
    // The address is the part after the last "@" (addresses have none); a login name has none either,
    // so "office@fake@…" (typed, never an account) names no account.
    const name = rest.slice(0, Math.max(0, rest.lastIndexOf("@")));
    return USERNAME_PATTERN.test(name) ? name : null;
  }
  return null;
}

export type ThrottleRow = ThrottleState & { username: string };
export type AccountThrottle = { locked: boolean; failures: number; addresses: number };

/**
 * What failed sign-ins mean for each account, from the counters: locked now (its own or an address's
 * counter), and its failures of the last hour with the number of addresses they came from (a
 * trusted device's failures are its own, not an address's).
 */
export function accountThrottles(
  rows: ThrottleRow[],
  now: Date,
  policies: LoginPolicies,
): Map<string, AccountThrottle> {
  const out = new Map<string, AccountThrottle>();
  const of = (name: string) => out.get(name) ?? out.set(name, { locked: false, failures: 0, addresses: 0 }).get(name)!;
  for (const row of rows) {
    const name = throttleKeyAccount(row.username);
    if (!name) continue;
    const a = of(name);
    if (row.lockedUntil && row.lockedUntil > now) a.locked = true;
    const recent =
      now.getTime() - row.firstFailAt.getTime() <= policies.account.windowMs ||
      (row.lockedUntil != null && row.lockedUntil > now);
    if (!recent || row.failures <= 0) continue;
    if (row.username.startsWith(ACCOUNT_PREFIX)) a.failures = row.failures;
    else if (!row.username.slice(row.username.lastIndexOf("@") + 1).startsWith(DEVICE_CLIENT_PREFIX)) a.addresses++;
  }
  return out;
}

/** The office's warning for an account guessed at: at least as many failures as lock one address. */
export function underAttackLabel(t: AccountThrottle | undefined, policies: LoginPolicies): string | null {
  if (!t || t.failures < policies.accountClient.maxFailures) return null;
  return `近期多次登录失败（${t.failures} 次，来自 ${Math.max(1, t.addresses)} 个地址）`;
}

/** The counter of one account (`exact`) and the prefix of its per-address counters: what unlocking clears. */
export function accountThrottleKeys(username: string): { exact: string; prefix: string } {
  const keys = throttleKeys(username, "");
  return { exact: keys.account, prefix: keys.accountClient };
}
