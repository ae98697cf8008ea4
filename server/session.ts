import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";

import type { Dimension, Role } from "@/lib/generated/prisma/enums";
import { readSessionClaims, userFromToken } from "@/server/auth/session-token";
import { noteRequestUser } from "@/server/log";

/**
 * What every request knows about its user: the account, its unit's and department's names, and the
 * dimensions of the task lines its department leads (server/users/load-session-user.ts reads it in one statement).
 */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  departmentId: number | null;
  mustChangePassword: boolean;
  leadDimensions: Dimension[];
  unit: { name: string } | null;
  department: { name: string } | null;
  /** The user's district (docs/domain.md §市级); null only for a city account (CITY_OFFICE, CITY_LEADER). */
  districtId: number | null;
  /** The district's names: the header's, and the office's on documents (发文机关, 机关代字); isSample: 示例数据. */
  district: SessionDistrict | null;
};

export type SessionDistrict = {
  name: string;
  officeName: string;
  officeShortName: string;
  docPrefix: string;
  isSample: boolean;
};

export { signOutEverywhere } from "@/server/auth/session-token";

/**
 * The signed-in, still active user whose session was not signed out — re-read on every request so
 * deactivation and sign-out take effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const user = await userFromToken(await readSessionClaims());
  if (user) noteRequestUser(user.id); // the request's log line names who made it
  return user;
});

/** For pages: the signed-in user, else to the login page; a user who must change a reset password goes there first. */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** The page where a user changes their own password (the one page open while a reset password must be changed). */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** The signed-in user, else to the login page — even one who must change their password (the portal frame, the password page). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
