import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const onPostgres = process.env.TEST_DB_TARGET === "postgres";

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
    // One shared PostgreSQL database: run files one after another there; PGlite gets a copy per file.
    fileParallelism: !onPostgres,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
