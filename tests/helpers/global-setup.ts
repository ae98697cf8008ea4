import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../server/db-client";
import { seed } from "../../prisma/seed";
import { onPostgres, postgresUrl } from "./db-target";

const TEMPLATE = resolve(".data/test-template");

/** Applies the migrations through the Prisma CLI (as production does) and seeds the demo data once. */
export default async function setup(project: TestProject) {
  let url: string;
  if (onPostgres) {
    url = postgresUrl();
    prisma(["migrate", "reset", "--force"], url);
  } else {
    rmSync(TEMPLATE, { recursive: true, force: true });
    url = `pglite:${TEMPLATE}`;
    prisma(["migrate", "deploy"], url);
  }
  const db = createDb(url);
  await seed(db.prisma, { demo: true });
  await db.close();
  project.provide("databaseUrl", url);
}

function prisma(args: string[], url: string) {
  execFileSync("npx", ["prisma", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
