import { describe, expect, it } from "vitest";

import { isPublicPath } from "@/lib/public-paths";
import { hit, minutesLeft } from "@/lib/rate-limit";

const policy = { max: 3, windowMs: 60 * 60_000 };
const at = (min: number) => new Date(Date.UTC(2020, 5, 1, 8, min));

describe("fixed-window rate limit", () => {
  it("allows up to the maximum within a window, then refuses", () => {
    let state = null;
    const allowed: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const r = hit(state, at(i), policy);
      allowed.push(r.allowed);
      state = r.next;
    }
    expect(allowed).toEqual([true, true, true, false]);
    expect(minutesLeft(state!, at(3), policy)).toBe(57);
  });

  it("starts a new window once the old one has passed", () => {
    const r = hit({ count: 9, windowStart: at(0) }, new Date(at(0).getTime() + policy.windowMs), policy);
    expect(r).toEqual({ allowed: true, next: { count: 1, windowStart: new Date(at(0).getTime() + policy.windowMs) } });
  });
});

describe("public paths", () => {
  it("are exactly the tip page and its route handler", () => {
    expect(isPublicPath("/tip")).toBe(true);
    expect(isPublicPath("/api/tips/public")).toBe(true);
    for (const p of [
      "/tips",
      "/tips/abc",
      "/tip/x",
      "/api/tips/x/files",
      "/api/tips/files/x",
      "/api/tips/public/x",
      "/tipx",
      "/dashboard",
      "/",
    ]) {
      expect(isPublicPath(p), p).toBe(false);
    }
  });
});
