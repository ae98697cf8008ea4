import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests import the data layer directly.
      { find: /^server-only$/, replacement: `${root}/tests/helpers/server-only-stub.ts` },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup-db.ts"],
    // Every file runs on its own copy of the seeded template (tests/helpers/setup-db.ts), so files run
    // in parallel on PGlite and PostgreSQL alike; one worker per core (each PGlite copy is a WASM
    // PostgreSQL of its own).
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
