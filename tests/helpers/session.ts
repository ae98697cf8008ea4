// Stands in for the next-auth cookie in integration tests: the code under test still does its own
// authorisation; only "who is calling" is set here.
import { prisma } from "@/server/db";
import { loadSessionUser, type SessionUser } from "@/server/users/load-session-user";

export const testSession: { user: SessionUser | null } = { user: null };

export async function actAs(username: string | null): Promise<SessionUser | null> {
  if (username === null) return (testSession.user = null);
  const { id } = await prisma.user.findUniqueOrThrow({ where: { username } });
  return (testSession.user = await loadSessionUser(id));
}
