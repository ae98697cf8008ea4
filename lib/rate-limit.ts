// Fixed-window request limit, e.g. for the public tip pages per client address. Pure so the policy is
// testable; the state lives in the database (PublicRateLimit) so it holds across server processes.
export type RateWindow = { count: number; windowStart: Date };
export type RatePolicy = { max: number; windowMs: number };

/** The window after one more request at `now`, and whether that request is allowed. */
export function hit(state: RateWindow | null, now: Date, policy: RatePolicy): { allowed: boolean; next: RateWindow } {
  const fresh = !state || now.getTime() - state.windowStart.getTime() >= policy.windowMs;
  const next = fresh ? { count: 1, windowStart: now } : { count: state.count + 1, windowStart: state.windowStart };
  return { allowed: next.count <= policy.max, next };
}

/** Minutes (rounded up) until the window ends. */
export function minutesLeft(state: RateWindow, now: Date, policy: RatePolicy): number {
  return Math.max(1, Math.ceil((state.windowStart.getTime() + policy.windowMs - now.getTime()) / 60_000));
}
