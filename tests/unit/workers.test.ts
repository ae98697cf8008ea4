import { describe, expect, it } from "vitest";

import { MAX_WORKERS, parseWorkers } from "@/lib/workers.mjs";

describe("how many server processes one npm start runs (WEB_CONCURRENCY)", () => {
  it("is one unless told otherwise", () => {
    expect(parseWorkers(undefined, false)).toBe(1);
    expect(parseWorkers("", true)).toBe(1);
  });

  it("takes a whole number from 1 to the maximum on PostgreSQL", () => {
    expect(parseWorkers("1", false)).toBe(1);
    expect(parseWorkers("2", false)).toBe(2);
    expect(parseWorkers(String(MAX_WORKERS), false)).toBe(MAX_WORKERS);
  });

  it("refuses anything else with a message naming the setting", () => {
    for (const bad of ["0", "-1", "1.5", "two", " 2", String(MAX_WORKERS + 1), "100"]) {
      expect(() => parseWorkers(bad, false), bad).toThrow(/WEB_CONCURRENCY 应为 1 到 \d+ 之间的整数/);
    }
  });

  it("allows only one process on the embedded database, which one process opens", () => {
    expect(parseWorkers("1", true)).toBe(1);
    expect(() => parseWorkers("2", true)).toThrow(/须使用 PostgreSQL/);
  });
});
