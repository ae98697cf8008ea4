// Several users at once: each call runs with its own session, so `Promise.all` of two requests is two
// different people clicking at the same moment (the single `testSession.user` is one person at a time).
import { AsyncLocalStorage } from "node:async_hooks";
import { testSession } from "./session";
import type { SessionUser } from "@/server/users/load-session-user";

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

/** Runs `call` (a server action or a route handler) as `user`, independent of any other call in flight. */
export function asUser<T>(user: SessionUser | null, call: () => Promise<T>): Promise<T> {
  return current.run({ user }, call);
}
