// The integration files' share between PGlite and PostgreSQL (tests/integration-share.ts): every entry
// names a file that exists — a renamed file would otherwise move to PostgreSQL unnoticed, and its entry
// stay behind — and with VITEST_SPLIT=1 every file lands in exactly one of the two projects.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { PGLITE_SHARE } from "../integration-share";

function integrationFiles(dir = "tests/integration"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? integrationFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

describe("the integration files' share between the databases", () => {
  it("names only files that exist, each once", () => {
    expect(PGLITE_SHARE.filter((f) => !existsSync(f))).toEqual([]);
    expect(new Set(PGLITE_SHARE).size).toBe(PGLITE_SHARE.length);
  });

  it("puts every integration file on exactly one database, the embedded-specific ones on PGlite", async () => {
    process.env.VITEST_SPLIT = "1";
    const { default: config } = await import("../../vitest.config");
    delete process.env.VITEST_SPLIT;
    const projects = (config.test?.projects ?? []) as {
      test: { name: string; include: string[]; exclude?: string[] };
    }[];
    const pglite = projects.find((p) => p.test.name === "integration")!.test;
    const postgres = projects.find((p) => p.test.name === "integration-postgres")!.test;
    expect(postgres.include).toEqual(["tests/integration/**/*.test.ts"]);
    const files = integrationFiles();
    expect(files.length).toBeGreaterThan(50);
    const onPglite = files.filter((f) => pglite.include.includes(f));
    const onPostgres = files.filter((f) => !(postgres.exclude ?? []).includes(f));
    expect(onPglite.length + onPostgres.length).toBe(files.length);
    expect(onPglite.filter((f) => onPostgres.includes(f))).toEqual([]);
    for (const embedded of ["backup-after-stop", "start-stop-backup", "concurrency", "demo-seed"])
      expect(onPglite).toContain(`tests/integration/${embedded}.test.ts`);
    // What only PostgreSQL shows: truly overlapping transactions, its branch of the backup.
    expect(onPostgres).toContain("tests/integration/races.test.ts");
    expect(onPostgres).toContain("tests/integration/storage/backup-s3.test.ts");
  });
});
