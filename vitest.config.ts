import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

import { INTEGRATION_FILES, PGLITE_SHARE } from "./tests/integration-share.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// `integration` on one database: PGlite, or PostgreSQL with TEST_DB_TARGET=postgres (TEST_DATABASE_URL).
const integration = (name: string, target: "pglite" | "postgres", files: { include: string[]; exclude?: string[] }) =>
  ({
    extends: true,
    test: {
      name,
      ...files,
      env: { TEST_DB_TARGET: target },
      // Migrates and seeds the template once per database (tests/helpers/global-setup.ts); every file runs on
      // its own copy of it (tests/helpers/setup-db.ts), on PGlite or PostgreSQL alike, in any order.
      globalSetup: ["tests/helpers/global-setup.ts"],
      setupFiles: ["tests/helpers/setup-db.ts"],
    },
  }) satisfies TestProjectInlineConfiguration;

// VITEST_SPLIT=1 (scripts/test.sh, when TEST_DATABASE_URL names a PostgreSQL): the integration files share
// the two databases instead of each running everything — `integration` takes tests/integration-share.ts's
// PGLITE_SHARE on PGlite, `integration-postgres` every other file on PostgreSQL, both in one run sharing
// the workers. Unset: `integration` runs every file on the database TEST_DB_TARGET names (PGlite by default).
const split = process.env.VITEST_SPLIT === "1";
const integrationProjects = split
  ? [
      integration("integration", "pglite", { include: PGLITE_SHARE }),
      integration("integration-postgres", "postgres", { include: [INTEGRATION_FILES], exclude: PGLITE_SHARE }),
    ]
  : [
      integration("integration", process.env.TEST_DB_TARGET === "postgres" ? "postgres" : "pglite", {
        include: [INTEGRATION_FILES],
      }),
    ];

// Projects: `unit` (tests/unit: pure functions, no database — starts at once) and `integration`
// (tests/integration: each file on its own copy of the seeded template database), with VITEST_SPLIT=1 also
// `integration-postgres`. `npx vitest run` runs them all; `--project unit` or `--project integration` one.
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
      ...integrationProjects,
    ],
  },
});
