// The portal for the end-to-end run: a fresh database (embedded PGlite, or E2E_DATABASE_URL's
// PostgreSQL when E2E_TARGET=postgres) with the demo accounts, the city demo (江北区, 示例数据) and the
// fixture cases of tests/e2e/fixtures.ts, served by `npm start`'s script.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

// Every dismantled case is sampled for 回访 so the journey can rely on the fixture case.
// DB_PREPARED: migrated and seeded here, once, so start.mjs skips its own migrate and seed.
const env = {
  ...process.env,
  SEED_DEMO: "1",
  SEED_LIVING_DEMO: "0",
  RETURN_VISIT_SAMPLE_PERCENT: "100",
  NEXTAUTH_SECRET: "e2e-secret",
  NEXTAUTH_URL: `http://localhost:${process.env.PORT}`,
  DB_PREPARED: "1",
};
const target = process.env.E2E_TARGET === "postgres" ? "postgres" : "pglite";
// Uploads of each run apart: the PGlite and PostgreSQL runs may serve at the same time (scripts/test.sh).
env.UPLOAD_DIR = `.data/e2e-uploads-${target}`;
rmSync(env.UPLOAD_DIR, { recursive: true, force: true });
if (target === "postgres") {
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  run("node_modules/.bin/prisma", ["migrate", "reset", "--force"]);
} else {
  env.DATABASE_URL = "pglite:./.data/e2e";
  // A copy of the migrated empty database (scripts/migrated-pglite.ts) rather than the schema engine once more.
  run("node_modules/.bin/tsx", ["scripts/migrated-pglite.ts", ".data/e2e"]);
}
// The fixtures need the reference data first. A city installation (prisma/seed-city.ts: 江北区 beside 海曙区,
// the city's accounts): every spec then proves 海曙区's users see what they saw before a second district.
run("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo", "--city"]);
run("node_modules/.bin/tsx", ["tests/e2e/fixtures.ts"]);
const server = spawn("node", ["scripts/start.mjs"], { env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));

function run(cmd, args) {
  if (spawnSync(cmd, args, { env, stdio: "inherit" }).status !== 0) process.exit(1);
}
