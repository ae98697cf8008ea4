// Points the data layer at the test database before a test file imports it. On PGlite each file
// gets its own copy of the seeded template, so files run in parallel without sharing state.
import { cpSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, inject, vi } from "vitest";

const template = inject("databaseUrl");
let copy: string | null = null;
if (template.startsWith("pglite:")) {
  copy = resolve(`.data/test-run/${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  cpSync(template.slice("pglite:".length), copy, { recursive: true });
  process.env.DATABASE_URL = `pglite:${copy}`;
} else {
  process.env.DATABASE_URL = template;
}
process.env.NEXTAUTH_SECRET ??= "test-secret";
// Uploaded files of this test file, kept apart from the others.
const uploadDir = resolve(`.data/test-run/uploads-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
process.env.UPLOAD_DIR = uploadDir;

vi.mock("@/server/session", async () => {
  const { testSession } = await import("./session");
  return {
    getSessionUser: async () => testSession.user,
    requireUser: async () => {
      if (!testSession.user) throw new Error("NEXT_REDIRECT /login");
      return testSession.user;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(async () => {
  const g = globalThis as { __haishuDb?: { close(): Promise<void> } };
  await g.__haishuDb?.close();
  g.__haishuDb = undefined;
  if (copy) rmSync(copy, { recursive: true, force: true });
  rmSync(uploadDir, { recursive: true, force: true });
});
