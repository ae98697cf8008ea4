// Several users at once: each call runs with its own session, so `Promise.all` of two requests is two
// different people clicking at the same moment (the single `testSession.user` is one person at a time).
// Same signature as `asUser` in tests/helpers/session.ts on branch feat/tests: once both are merged,
// import it from there and delete this file.
import { AsyncLocalStorage } from "node:async_hooks";
import { prisma } from "@/server/db";
import { loadSessionUser, type SessionUser } from "@/server/users/load-session-user";
import { testSession } from "./session";

const current = new AsyncLocalStorage<{ user: SessionUser | null }>();
let outside: SessionUser | null = testSession.user;
// The mocked session reads `testSession.user`; inside `asUser` it now sees that call's own user.
Object.defineProperty(testSession, "user", {
  get: () => (current.getStore() ?? { user: outside }).user,
  set: (user: SessionUser | null) => {
    outside = user;
  },
  configurable: true,
});

/** Runs `fn` (a server action or a route handler) as `username`, independent of any other call in flight. */
export async function asUser<T>(username: string | null, fn: () => Promise<T>): Promise<T> {
  const user = username === null ? null : await loadSessionUser((await prisma.user.findUniqueOrThrow({ where: { username } })).id);
  return current.run({ user }, fn);
}
