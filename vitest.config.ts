import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: `unit` (tests/unit: pure functions, no database — starts at once) and `integration`
// (tests/integration: each file on its own copy of the seeded template database). `npx vitest run` runs
// both; `--project unit` or `--project integration` one of them.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests import the data layer directly.
      { find: /^server-only$/, replacement: `${root}/tests/helpers/server-only-stub.ts` },
    ],
  },
  test: {
    // Vitest's default in a run is one worker fewer than the cores — a single worker on our 2-core CI
    // machine. The workers do nearly all the work (each PGlite copy is a WASM PostgreSQL of its own, the
    // main process mostly waits), so one per core. VITEST_MAX_WORKERS overrides, e.g. on a shared machine.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism(),
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // Pure functions: no mocks, no database, so the files of a worker share their imported modules.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Migrates and seeds the template once (tests/helpers/global-setup.ts); every file runs on its
          // own copy of it (tests/helpers/setup-db.ts), on PGlite or PostgreSQL alike, in any order.
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-db.ts"],
        },
      },
    ],
  },
});
