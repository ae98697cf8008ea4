import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const target = process.env.E2E_TARGET === "postgres" ? "postgres" : "pglite";

// E2E_SPLIT=1 (scripts/test.sh, when both databases run): the two runs share the suite instead of each
// running all of it — every spec still runs once, the PGlite run takes these (about half the time, from the
// specs' measured durations, so both runs end together), the PostgreSQL run every other one, new specs
// included. E2E_SPLIT unset: a run takes every spec.
const PGLITE_SHARE = [
  "a11y",
  "notify",
  "supervision",
  "dashboard",
  "figures",
  "referrals",
  "field",
  "import",
  "phone",
  "settings",
  "malformed-paths",
].map((name) => `**/${name}.spec.ts`);
const share =
  process.env.E2E_SPLIT === "1"
    ? target === "pglite"
      ? { testMatch: PGLITE_SHARE }
      : { testIgnore: PGLITE_SHARE }
    : {};

export default defineConfig({
  testDir: "tests/e2e",
  ...share,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // Room for CI, which runs the PGlite and PostgreSQL runs side by side on two cores, where a page can
  // take seconds longer (expect: above the 5 s default). Only a failing test waits the whole time.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Each database's run its own traces: the two runs may go at the same time, and each empties its own.
  outputDir: `test-results/${target}`,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // A failed test keeps its trace: each action's DOM snapshot, which shows the page as it was. Without the
    // screencast: its frames cost the browser about a fifth more CPU on every test (measured on the accessibility
    // walk: 17 → 20.5 CPU-s), and every test records them, not only the one that fails.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium: Playwright's own browser download is not reachable offline.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node tests/e2e/server.mjs",
    url: `http://localhost:${port}/login`,
    timeout: 600_000,
    // E2E_REUSE_SERVER=1: run against a portal already started with `node tests/e2e/server.mjs`, e.g. to
    // run the spec files one invocation at a time in another order on one database.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    env: { PORT: String(port) },
    stdout: "pipe",
  },
});
