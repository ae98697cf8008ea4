// Stands in for the next-auth cookie in integration tests: the code under test still does its own
// authorisation; only "who is calling" is set here — for the rest of the test (`actAs`), or for one
// call among others running at the same moment (`asUser`, e.g. two reviewers in Promise.all).
import { AsyncLocalStorage } from "node:async_hooks";

import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/session";
import { loadSessionUser } from "@/server/users/load-session-user";

export const testSession: { user: SessionUser | null } = { user: null };
const caller = new AsyncLocalStorage<SessionUser | null>();

async function load(username: string | null): Promise<SessionUser | null> {
  if (username === null) return null;
  const { id } = await prisma.user.findUniqueOrThrow({ where: { username } });
  return loadSessionUser(id);
}

export async function actAs(username: string | null): Promise<SessionUser | null> {
  return (testSession.user = await load(username));
}

/** Runs `fn` as `username` without changing who the rest of the test acts as. */
export async function asUser<T>(username: string | null, fn: () => Promise<T>): Promise<T> {
  const user = await load(username);
  return caller.run(user, fn);
}

/** Who the session says is calling. */
export function currentUser(): SessionUser | null {
  const scoped = caller.getStore();
  return scoped === undefined ? testSession.user : scoped;
}

/** The session of `username` as the data functions take it (pages and routes get it from the session). */
export async function sessionOf(username: string): Promise<SessionUser> {
  return (await load(username))!;
}
