import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";

import { version } from "@/package.json";
import { prisma } from "@/server/db";
import { env } from "@/server/env";
import { log } from "@/server/log";
import { getSessionUser } from "@/server/session";
import { storage } from "@/server/storage";

export type Health = { ok: boolean; db: "ok" | "error"; storage: "ok" | "error"; version: string };

const TIMEOUT_MS = 5_000;

/** Resolves "ok" when `check` answers within the timeout, else "error" (logged, never sent to the caller). */
async function probe(what: string, check: () => Promise<unknown>): Promise<"ok" | "error"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return "ok";
  } catch (err) {
    log().warn({ err, check: what }, "health check failed");
    return "error";
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this instance can serve: a trivial database query and the file store's own check. No data. */
export async function checkHealth(): Promise<Health> {
  const [db, store] = await Promise.all([
    probe("database", () => prisma.$queryRaw`SELECT 1`),
    probe("storage", () => storage.check()),
  ]);
  return { ok: db === "ok" && store === "ok", db, storage: store, version };
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Whether the caller may read the version (it tells an attacker which known flaws to try): a
 * signed-in office user, or monitoring sending `Authorization: Bearer <HEALTH_TOKEN>`.
 */
export async function mayReadVersion(request: Request): Promise<boolean> {
  const token = env().HEALTH_TOKEN;
  const sent = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (token && sent && timingSafeEqual(digest(sent), digest(token))) return true;
  const user = await getSessionUser().catch(() => null); // the database may be the part that is down
  return user?.role === "OFFICE" && !user.mustChangePassword;
}
