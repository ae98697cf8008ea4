// Account rules of the user administration (用户管理), pure: login names, which scope a role needs,
// and an account's status as the office sees it.
import type { Role } from "@/lib/generated/prisma/enums";
import { throttleKeys } from "@/lib/login-throttle";

/** 3–32 lower-case letters, digits or _ . -, starting with a letter (scripts/create-user.ts and /admin/users). */
export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;
export const USERNAME_MESSAGE = "账号须为3–32位小写字母、数字或 _ . -，以字母开头";

/** What a role's account belongs to: a township its unit, a department its department, the office 区工强办 (set by itself). */
export const ROLE_SCOPE: Record<Role, "unit" | "department" | "office" | "none"> = {
  OFFICE: "office",
  LEADER: "none",
  DEPARTMENT: "department",
  TOWNSHIP: "unit",
  EXPERT: "none",
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

// The counter keys come from lib/login-throttle.ts's `throttleKeys`, so their format lives there only.
const EMPTY = throttleKeys("", "");
const ACCOUNT_PREFIX = EMPTY.account; // "account:"
const ACCOUNT_CLIENT_PREFIX = EMPTY.accountClient.slice(0, -1); // "account+client:" (before "<name>@<address>")

/**
 * The login name a failed-login counter belongs to (the account's own counter and its per-address
 * counters), or null for a counter of an address only.
 */
export function throttleKeyAccount(key: string): string | null {
  if (key.startsWith(ACCOUNT_PREFIX)) return key.slice(ACCOUNT_PREFIX.length) || null;
  if (key.startsWith(ACCOUNT_CLIENT_PREFIX)) {
    const rest = key.slice(ACCOUNT_CLIENT_PREFIX.length);
    const at = rest.indexOf("@");
    return at > 0 ? rest.slice(0, at) : null;
  }
  return null;
}

/** The counter of one account (`exact`) and the prefix of its per-address counters: what unlocking clears. */
export function accountThrottleKeys(username: string): { exact: string; prefix: string } {
  const keys = throttleKeys(username, "");
  return { exact: keys.account, prefix: keys.accountClient };
}
