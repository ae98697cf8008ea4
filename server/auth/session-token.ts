import "server-only";

import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/session";
import { loadSessionUser } from "@/server/users/load-session-user";

// Session cookies are signed JWTs; what makes one stop working before it expires is the user's
// session version: put into the token at sign-in, compared on every request, bumped on sign-out.

export type SessionClaims = { uid?: unknown; sv?: unknown; [claim: string]: unknown };

function claims(token: SessionClaims | null | undefined): { uid: string; sv: number } | null {
  return token && typeof token.uid === "string" && Number.isInteger(token.sv)
    ? { uid: token.uid, sv: token.sv as number }
    : null;
}

/**
 * The claims of the request's session cookie (signature and expiry checked), or null. Read straight from the cookie,
 * as the proxy does: next-auth's getServerSession runs its whole session endpoint on every call (configuration
 * checks, a CSRF token, and a fresh token encrypted for a cookie that a page cannot set). `headers: {}`: the cookie
 * only, never an Authorization header.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  // getToken reads the store's getAll() (a session split over several cookies too).
  const req = { cookies: await cookies(), headers: {} } as unknown as NextRequest;
  return getToken({ req });
}

/** The active user a session token names, or null when it was signed out (or predates session versions). */
export async function userFromToken(token: SessionClaims | null | undefined): Promise<SessionUser | null> {
  const c = claims(token);
  return c ? loadSessionUser(c.uid, c.sv) : null;
}

/** Sign-out: ends this token and every other session of the user signed in before it. */
export async function endSession(token: SessionClaims | null | undefined): Promise<void> {
  const c = claims(token);
  if (!c) return;
  await prisma.user.updateMany({
    where: { id: c.uid, sessionVersion: c.sv },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** Ends every session of a user at once (for the office's "sign this user out everywhere"). */
export async function signOutEverywhere(userId: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
