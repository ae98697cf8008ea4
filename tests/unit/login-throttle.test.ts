import { describe, expect, it } from "vitest";
import { afterFailure, lockedMinutes, type ThrottlePolicy, type ThrottleState } from "@/lib/login-throttle";

const policy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const t0 = new Date("2020-06-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function failTimes(n: number, start: ThrottleState | null = null, minute = 0): ThrottleState | null {
  let s = start;
  for (let i = 0; i < n; i++) s = afterFailure(s, at(minute), policy);
  return s;
}

describe("login throttling", () => {
  it("does not lock before the fifth failure", () => {
    const s = failTimes(4);
    expect(s?.failures).toBe(4);
    expect(lockedMinutes(s, at(0))).toBe(0);
  });

  it("locks for 15 minutes at the fifth failure within the window", () => {
    const s = failTimes(5);
    expect(lockedMinutes(s, at(0))).toBe(15);
    expect(lockedMinutes(s, at(14.5))).toBe(1);
    expect(lockedMinutes(s, at(15))).toBe(0);
  });

  it("starts counting again once the window has passed", () => {
    const s = afterFailure(failTimes(4), at(16), policy);
    expect(s.failures).toBe(1);
    expect(s.lockedUntil).toBeNull();
  });

  it("starts counting again after a lock has expired", () => {
    const s = afterFailure(failTimes(5), at(20), policy);
    expect(s).toEqual({ failures: 1, firstFailAt: at(20), lockedUntil: null });
  });

  it("treats no record as unlocked", () => {
    expect(lockedMinutes(null, t0)).toBe(0);
  });
});
