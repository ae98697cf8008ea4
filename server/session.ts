import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/server/auth/options";
import { loadSessionUser, type SessionUser } from "@/server/users/load-session-user";

export type { SessionUser };

/** The signed-in, still active user — re-read on every request so deactivation takes effect at once. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const uid = (session as { uid?: unknown } | null)?.uid;
  return typeof uid === "string" ? loadSessionUser(uid) : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
