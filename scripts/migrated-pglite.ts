// An empty embedded database with every migration applied, made by copying. `prisma migrate deploy` on a fresh PGlite
// directory costs seconds of CPU (the schema engine runs in WASM), and its result depends only on prisma/migrations:
// so it is made once per set of migrations (.data/pglite-migrated/<hash>) and copied for each scratch or template
// database that needs one (the benchmarks, the test template). What the README's commands do — `npm start`,
// `npm run db:deploy`, restore — still runs the real `prisma migrate deploy`, and so do the tests of those.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const MIGRATIONS = resolve("prisma/migrations");

/** A digest of every migration's name and SQL (and the lock file): another set of migrations, another copy. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(MIGRATIONS, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(MIGRATIONS, entry.name);
    hash.update(entry.name);
    hash.update(entry.isDirectory() ? readFileSync(join(path, "migration.sql")) : readFileSync(path));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The migrated empty database for the current migrations, made now when there is none yet; its directory. */
export function migratedPgliteSource(): string {
  const source = resolve(".data/pglite-migrated", migrationsHash());
  if (existsSync(source)) return source;
  mkdirSync(resolve(source, ".."), { recursive: true });
  // Made beside it and renamed into place, so a copy never starts from half a database; of two made at once,
  // the first rename wins and the other is dropped.
  const work = `${source}.${process.pid}-${Date.now()}`;
  try {
    execFileSync(resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `pglite:${work}` },
      stdio: "pipe",
    });
    try {
      renameSync(work, source);
    } catch (e) {
      if (!existsSync(source)) throw e;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return source;
}

/** Makes `dir` (removed first when it exists) an empty embedded database with every migration applied. */
export function copyMigratedPglite(dir: string): void {
  const source = migratedPgliteSource();
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
}

// `tsx scripts/migrated-pglite.ts`: makes it ahead (scripts/test.sh, beside the build), so that the test template
// and the benchmarks starting after the build find it; `… <dir>`: a copy into dir (the end-to-end PGlite portal).
if (process.argv[1] && resolve(process.argv[1]) === resolve("scripts/migrated-pglite.ts")) {
  if (process.argv[2]) copyMigratedPglite(resolve(process.argv[2]));
  else migratedPgliteSource();
}
