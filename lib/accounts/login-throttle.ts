// Failed-login throttling, pure so the policy is testable without a database. Three counters per
// attempt, so that an attacker elsewhere cannot lock a real user out of their own machine:
//   account+client — the usual lock: LOGIN_MAX_FAILURES failures of one account from one address;
//   client         — one address guessing across accounts (LOGIN_CLIENT_MAX_FAILURES);
//   account        — the account from every address (LOGIN_ACCOUNT_MAX_FAILURES), a short lock that
//                    doubles with each further failure (1, 2, 4 … minutes, at most LOGIN_LOCK_MINUTES),
//                    so a distributed guesser is slowed and the owner is held up for minutes only.
export type ThrottlePolicy = {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
  /** Escalating lock (1 minute, doubling per further failure, up to lockMs), kept across lock expiries. */
  backoff?: boolean;
};
export type ThrottleState = { failures: number; firstFailAt: Date; lockedUntil: Date | null };
export type ThrottleScope = "accountClient" | "client" | "account";
export type LoginPolicies = Record<ThrottleScope, ThrottlePolicy>;

export type LoginThrottleConfig = {
  LOGIN_MAX_FAILURES: number;
  LOGIN_LOCK_MINUTES: number;
  LOGIN_CLIENT_MAX_FAILURES: number;
  LOGIN_ACCOUNT_MAX_FAILURES: number;
};

const MINUTE = 60_000;

export function loginPolicies(c: LoginThrottleConfig): LoginPolicies {
  const lockMs = c.LOGIN_LOCK_MINUTES * MINUTE;
  return {
    accountClient: { maxFailures: c.LOGIN_MAX_FAILURES, windowMs: 15 * MINUTE, lockMs },
    client: { maxFailures: c.LOGIN_CLIENT_MAX_FAILURES, windowMs: 15 * MINUTE, lockMs },
    account: { maxFailures: c.LOGIN_ACCOUNT_MAX_FAILURES, windowMs: 60 * MINUTE, lockMs, backoff: true },
  };
}

/** The client part of the per-account counter of a trusted device (lib/accounts/device-cookie.ts). */
export const DEVICE_CLIENT_PREFIX = "device-";

/**
 * The stored key of each counter for a login name (already normalised) tried from `client`. From a
 * browser with a valid device cookie (`device` = its nonce) the per-account counter is that device's.
 */
export function throttleKeys(username: string, client: string, device?: string | null): Record<ThrottleScope, string> {
  const from = device ? `${DEVICE_CLIENT_PREFIX}${device}` : client;
  return {
    accountClient: `account+client:${username}@${from}`,
    client: `client:${client}`,
    account: `account:${username}`,
  };
}

/**
 * The counters an attempt counts on. A trusted device only on its own: distributed guessing locks the
 * account and busy addresses for unknown browsers, never the owner's browser. A name that cannot be
 * an account only on the address's (it has no account to brake).
 */
export function attemptScopes(kind: "device" | "browser" | "notAName"): ThrottleScope[] {
  if (kind === "device") return ["accountClient"];
  if (kind === "notAName") return ["client"];
  return ["accountClient", "client", "account"];
}

/** Minutes (rounded up) the counter stays locked, or 0 when it may try now. */
export function lockedMinutes(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / MINUTE);
}

/** The state after one more failed attempt at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const lockExpired = state?.lockedUntil != null && state.lockedUntil <= now;
  const fresh =
    !state ||
    state.failures === 0 ||
    (lockExpired && !policy.backoff) ||
    now.getTime() - state.firstFailAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailAt = fresh ? now : state.firstFailAt;
  if (failures < policy.maxFailures) return { failures, firstFailAt, lockedUntil: null };
  const lockMs = policy.backoff
    ? Math.min(policy.lockMs, MINUTE * 2 ** (failures - policy.maxFailures))
    : policy.lockMs;
  return { failures, firstFailAt, lockedUntil: new Date(now.getTime() + lockMs) };
}

/** The longest lock among the counters of one attempt, in minutes (0 = may try). */
export function attemptLockedMinutes(states: (ThrottleState | null)[], now: Date): number {
  return Math.max(0, ...states.map((s) => lockedMinutes(s, now)));
}
