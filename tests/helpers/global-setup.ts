import { execFile } from "node:child_process";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";

import type { TestProject } from "vitest/node";

import { seed } from "../../prisma/seed";
import { copyMigratedPglite } from "../../scripts/migrated-pglite";
import { createDb } from "../../server/db-client";
import { postgresUrl } from "./db-target";
import {
  createDatabase,
  databaseName,
  dropDatabases,
  leftoverFileDatabases,
  templateName,
  withDatabase,
} from "./pg-databases";
import { templateReadyFile } from "./template-ready";

// TEST_TEMPLATE_DIR: another directory for a run beside the main one (.ci/run's start-stop check runs while the
// main run's tests do, and must not rebuild their template under them).
const TEMPLATE = resolve(process.env.TEST_TEMPLATE_DIR ?? ".data/test-template");
const run = promisify(execFile);

/**
 * Applies the migrations (through the Prisma CLI on PostgreSQL, as production does; on PGlite by copying the
 * migrated database of scripts/migrated-pglite.ts, made by that CLI) and seeds the demo data once,
 * into a template every test file copies (tests/helpers/setup-db.ts): a directory on PGlite, a
 * `<name>_tpl` database on PostgreSQL. Re-runs on the same server start from scratch. The project's own
 * TEST_DB_TARGET (vitest.config.ts) chooses the database.
 *
 * The template's address is known at once, so this only starts the work and returns: Vitest runs the
 * projects' global setups one after the other, and this way the PGlite and the PostgreSQL template are
 * prepared at the same time (VITEST_SPLIT=1) while the unit tests already run. A test file's set-up waits
 * for the template's ready file (tests/helpers/template-ready.ts).
 */
export default function setup(project: TestProject) {
  const onPostgres = project.config.env?.TEST_DB_TARGET === "postgres";
  let url: string;
  let work: () => Promise<void>;
  let teardown = async () => {};
  if (onPostgres) {
    const admin = postgresUrl();
    const base = databaseName(admin);
    const template = templateName(base);
    url = withDatabase(admin, template);
    work = async () => {
      await dropDatabases(admin, [template, ...(await leftoverFileDatabases(admin, base))]);
      await createDatabase(admin, template);
      await prisma(["migrate", "deploy"], url);
    };
    teardown = async () => dropDatabases(admin, [template, ...(await leftoverFileDatabases(admin, base))]);
  } else {
    url = `pglite:${TEMPLATE}`;
    // The migrations applied by copying the migrated database made for this set of them (scripts/migrated-pglite.ts);
    // PostgreSQL's template above, and the tests of `npm start`, db:deploy and restore, run the CLI itself.
    work = async () => copyMigratedPglite(TEMPLATE);
  }
  const ready = templateReadyFile(url);
  rmSync(ready, { force: true });
  const prepared = (async () => {
    await work();
    const db = createDb(url);
    await seed(db.prisma, { demo: true });
    await db.close();
  })().then(
    () => writeReady(ready, "ok"),
    (e: unknown) => writeReady(ready, `模板库准备失败 (${url}): ${e instanceof Error ? (e.stack ?? e.message) : e}`),
  );
  project.provide("databaseUrl", url);
  return async () => {
    await prepared;
    rmSync(ready, { force: true });
    await teardown();
  };
}

/** Written whole, then renamed: a waiting file never reads half of it. */
function writeReady(file: string, text: string) {
  mkdirSync(resolve(file, ".."), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

// The CLI itself rather than `npx prisma` (npx spends a second finding it); asynchronous, so the other
// database's template is prepared meanwhile.
function prisma(args: string[], url: string) {
  return run(resolve("node_modules/.bin/prisma"), args, { env: { ...process.env, DATABASE_URL: url } });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
