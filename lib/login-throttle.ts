// Failed-login throttling for one account: after `maxFailures` failures within `windowMs`,
// the account is locked for `lockMs`. Pure so the policy is testable without a database.
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };
export type ThrottleState = { failures: number; firstFailAt: Date; lockedUntil: Date | null };

/** Minutes (rounded up) the account stays locked, or 0 when it may try now. */
export function lockedMinutes(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000);
}

/** The state after one more failed attempt at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const lockExpired = state?.lockedUntil != null && state.lockedUntil <= now;
  const fresh = !state || lockExpired || now.getTime() - state.firstFailAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailAt = fresh ? now : state.firstFailAt;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, firstFailAt, lockedUntil };
}
