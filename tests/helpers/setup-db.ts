// Points the data layer at the test database before a test file imports it. Each file gets its own
// copy of the seeded template — a directory on PGlite, a database on PostgreSQL — so files run in
// parallel, and in any order, without sharing state.
import { cpSync, rmSync } from "node:fs";
import { resolve } from "node:path";

import { afterAll, inject, vi } from "vitest";

import { onPostgres, postgresUrl } from "./db-target";
import { createDatabase, databaseName, dropDatabases, fileDatabaseName, withDatabase } from "./pg-databases";
import { templateReady } from "./template-ready";

const template = inject("databaseUrl");
await templateReady(template);
const unique = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
let copy: string | null = null;
let fileDatabase: string | null = null;
if (onPostgres) {
  const admin = postgresUrl();
  fileDatabase = fileDatabaseName(databaseName(admin));
  await createDatabase(admin, fileDatabase, databaseName(template));
  process.env.DATABASE_URL = withDatabase(admin, fileDatabase);
} else {
  copy = resolve(`.data/test-run/${unique()}`);
  cpSync(template.slice("pglite:".length), copy, { recursive: true });
  process.env.DATABASE_URL = `pglite:${copy}`;
}
process.env.NEXTAUTH_SECRET ??= "test-secret";
// JSON log lines would drown the test output; tests of the logs set their own level.
process.env.LOG_LEVEL ??= "silent";
// Uploaded files of this test file, kept apart from the others.
const uploadDir = resolve(`.data/test-run/uploads-${unique()}`);
process.env.UPLOAD_DIR = uploadDir;

vi.mock("@/server/session", async () => {
  const { currentUser } = await import("./session");
  return {
    getSessionUser: async () => currentUser(),
    requireUser: async () => {
      const user = currentUser();
      if (!user) throw new Error("NEXT_REDIRECT /login");
      return user;
    },
  };
});
// Cached reads run uncached here (tests/integration/dashboard-cache.test.ts checks the cache itself).
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));

afterAll(async () => {
  const g = globalThis as { __haishuDb?: { close(): Promise<void> } };
  await g.__haishuDb?.close();
  g.__haishuDb = undefined;
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (fileDatabase) await dropDatabases(postgresUrl(), [fileDatabase]);
  rmSync(uploadDir, { recursive: true, force: true });
});
