import { describe, expect, it } from "vitest";

import { cookieValue, deviceCookieName, signDevice, verifiedDevice } from "@/lib/accounts/device-cookie";
import {
  afterFailure,
  attemptLockedMinutes,
  attemptScopes,
  lockedMinutes,
  loginPolicies,
  throttleKeys,
  type ThrottlePolicy,
  type ThrottleState,
} from "@/lib/accounts/login-throttle";

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

  it("escalates a backoff lock without resetting when it expires, up to the lock time", () => {
    const backoff: ThrottlePolicy = { maxFailures: 3, windowMs: 60 * 60_000, lockMs: 15 * 60_000, backoff: true };
    let s: ThrottleState | null = null;
    for (let i = 0; i < 3; i++) s = afterFailure(s, at(0), backoff);
    expect(lockedMinutes(s, at(0))).toBe(1);
    s = afterFailure(s, at(1), backoff);
    expect(lockedMinutes(s, at(1))).toBe(2);
    s = afterFailure(s, at(3), backoff);
    expect(lockedMinutes(s, at(3))).toBe(4);
    for (let m = 7; m < 30; m += 15) s = afterFailure(s, at(m), backoff);
    expect(lockedMinutes(s, at(22))).toBe(15);
  });
});

describe("login counters per account, client and account+client", () => {
  const policies = loginPolicies({
    LOGIN_MAX_FAILURES: 5,
    LOGIN_LOCK_MINUTES: 15,
    LOGIN_CLIENT_MAX_FAILURES: 20,
    LOGIN_ACCOUNT_MAX_FAILURES: 20,
  });

  it("keys the usual lock by account and client address, so another machine is not locked", () => {
    const keys = throttleKeys("office", "10.0.0.5");
    expect(keys.accountClient).not.toBe(throttleKeys("office", "10.0.0.6").accountClient);
    expect(keys.account).toBe(throttleKeys("office", "10.0.0.6").account);
    expect(keys.client).toBe(throttleKeys("gulin", "10.0.0.5").client);
  });

  it("locks an attempt when any of its counters is locked", () => {
    let own: ThrottleState | null = null;
    for (let i = 0; i < 5; i++) own = afterFailure(own, at(0), policies.accountClient);
    expect(attemptLockedMinutes([null, own, null], at(0))).toBe(15);
    expect(attemptLockedMinutes([null, null, null], at(0))).toBe(0);
    expect(policies.account.backoff).toBe(true);
    expect(policies.client.maxFailures).toBe(20);
  });
});

describe("device cookies and the counters an attempt counts on", () => {
  const secret = "test-secret-0123456789";

  it("accepts a device cookie only for the account it was issued to, under the secret that signed it", () => {
    const cookie = signDevice("gaoqiao", secret);
    const nonce = verifiedDevice("gaoqiao", cookie, secret);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(verifiedDevice("gulin", cookie, secret)).toBeNull();
    expect(verifiedDevice("gaoqiao", cookie, "another-secret")).toBeNull();
    expect(verifiedDevice("gaoqiao", cookie.slice(0, -1) + (cookie.endsWith("A") ? "B" : "A"), secret)).toBeNull();
    expect(verifiedDevice("gaoqiao", `${nonce}.`, secret)).toBeNull();
    expect(verifiedDevice("gaoqiao", cookie, "")).toBeNull();
    expect(verifiedDevice("gaoqiao", null, secret)).toBeNull();
  });

  it("reads the account's own cookie from the Cookie header", () => {
    const header = `next-auth.csrf-token=x; ${deviceCookieName("gaoqiao")}=abc.def; ${deviceCookieName("gulin")}=zzz`;
    expect(cookieValue(header, deviceCookieName("gaoqiao"))).toBe("abc.def");
    expect(cookieValue(header, deviceCookieName("office"))).toBeNull();
  });

  it("counts a trusted device on its own counter only, an unknown browser on all three, a non-name on the address's", () => {
    expect(attemptScopes("device")).toEqual(["accountClient"]);
    expect(attemptScopes("browser")).toEqual(["accountClient", "client", "account"]);
    expect(attemptScopes("notAName")).toEqual(["client"]);
    expect(throttleKeys("gaoqiao", "10.0.0.1", "NONCE").accountClient).toBe("account+client:gaoqiao@device-NONCE");
    expect(throttleKeys("gaoqiao", "10.0.0.1").accountClient).toBe("account+client:gaoqiao@10.0.0.1");
  });
});
