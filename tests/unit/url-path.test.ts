import { describe, expect, it } from "vitest";

import { isDecodablePath } from "@/lib/url-path";

describe("isDecodablePath", () => {
  it("accepts plain, escaped ASCII and escaped UTF-8 paths", () => {
    for (const p of ["/cases/cm0abc", "/api/evidence/cm0abc", "/units/%E9%9B%86", "/a%20b", "/%25"])
      expect(isDecodablePath(p), p).toBe(true);
  });
  it("refuses broken escapes and bytes that are not UTF-8", () => {
    for (const p of [
      "/api/evidence/%ff%fe",
      "/cases/%E0%A4%A",
      "/cases/%",
      "/cases/%zz",
      "/api/tips/files/%C0%AF",
      "/x/%ED%A0%80",
    ])
      expect(isDecodablePath(p), p).toBe(false);
  });
});
