import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";

import type { TestProject } from "vitest/node";

import { seed } from "../../prisma/seed";
import { createDb } from "../../server/db-client";
import { onPostgres, postgresUrl } from "./db-target";
import {
  createDatabase,
  databaseName,
  dropDatabases,
  leftoverFileDatabases,
  templateName,
  withDatabase,
} from "./pg-databases";

const TEMPLATE = resolve(".data/test-template");

/**
 * Applies the migrations through the Prisma CLI (as production does) and seeds the demo data once,
 * into a template every test file copies (tests/helpers/setup-db.ts): a directory on PGlite, a
 * `<name>_tpl` database on PostgreSQL. Re-runs on the same server start from scratch.
 */
export default async function setup(project: TestProject) {
  let url: string;
  let teardown = async () => {};
  if (onPostgres) {
    const admin = postgresUrl();
    const base = databaseName(admin);
    const template = templateName(base);
    await dropDatabases(admin, [template, ...(await leftoverFileDatabases(admin, base))]);
    await createDatabase(admin, template);
    url = withDatabase(admin, template);
    prisma(["migrate", "deploy"], url);
    teardown = async () => dropDatabases(admin, [template, ...(await leftoverFileDatabases(admin, base))]);
  } else {
    rmSync(TEMPLATE, { recursive: true, force: true });
    url = `pglite:${TEMPLATE}`;
    prisma(["migrate", "deploy"], url);
  }
  const db = createDb(url);
  await seed(db.prisma, { demo: true });
  await db.close();
  project.provide("databaseUrl", url);
  return teardown;
}

function prisma(args: string[], url: string) {
  execFileSync("npx", ["prisma", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
