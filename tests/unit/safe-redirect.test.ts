import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/safe-redirect";

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
    ]) {
      expect(sameOriginPath(target, origin), target).toBe("/");
    }
  });

  it("uses the home page when there is no target", () => {
    expect(sameOriginPath(null, origin)).toBe("/");
    expect(sameOriginPath("", origin)).toBe("/");
  });
});
