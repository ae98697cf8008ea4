import { describe, expect, it } from "vitest";

import { sameOriginPath, sameOriginUrl } from "@/lib/safe-redirect";

const origin = "http://portal.example:3000";

describe("the page to open after signing in", () => {
  it("keeps paths on this site, with their query", () => {
    expect(sameOriginPath("/cases?unit=3&status=SUBMITTED", origin)).toBe("/cases?unit=3&status=SUBMITTED");
    expect(sameOriginPath("/units/5#cases", origin)).toBe("/units/5#cases");
    expect(sameOriginPath(`${origin}/review`, origin)).toBe("/review");
  });

  it("sends every address that leaves the site to the home page", () => {
    for (const target of [
      "/\\evil.example/x", // callbackUrl=/%5Cevil.example/x
      "/\t/evil.example", // callbackUrl=/%09/evil.example
      "/\\\\evil.example", // callbackUrl=/%5C%5Cevil.example
      "//evil.example",
      "https://evil.example/",
      "http://portal.example:3001/",
      "javascript:alert(1)",
      "/\n/evil.example",
      // Dot segments that URL parsing folds into a leading "//": the router would read a host.
      "/.//evil.example/x",
      "/x/..//evil.example",
      "/./\\evil.example",
      "/%2e%2e//evil.example",
      "/a/%2e/..//evil.example",
    ]) {
      expect(sameOriginPath(target, origin), target).toBe("/");
    }
  });

  it("uses the home page when there is no target", () => {
    expect(sameOriginPath(null, origin)).toBe("/");
    expect(sameOriginPath("", origin)).toBe("/");
  });
});

describe("next-auth's redirect after the sign-in POST", () => {
  it("stays on this site for every callbackUrl, and never throws", () => {
    for (const target of [
      "\\\\evil.com",
      "%2F%2Fevil.com",
      "//evil.com",
      "/.//evil.example/x",
      "https://evil.com/",
      "http://[",
      "",
    ]) {
      const url = sameOriginUrl(target, origin);
      expect(new URL(url).origin, target).toBe(origin);
      expect(new URL(url).pathname.startsWith("//"), target).toBe(false);
    }
    expect(sameOriginUrl("/cases?unit=3", origin)).toBe(`${origin}/cases?unit=3`);
    expect(sameOriginUrl(`${origin}/review`, origin)).toBe(`${origin}/review`);
  });
});
