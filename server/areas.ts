import "server-only";
import { notFound } from "next/navigation";
import { canSee, type Area } from "@/lib/areas";
import { MUST_CHANGE_PASSWORD } from "@/server/errors";
import { getSessionUser, requireUser, type SessionUser } from "@/server/session";

// The guards of the areas table (lib/areas.ts). One refusal for an area a role does not see: "not
// found", as for a record outside the user's scope — a page answers notFound(), a route 404.

/** For pages: the signed-in user (else to the login page) who sees `area` (else not found). */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await requireUser();
  if (!canSee(user.role, area)) notFound();
  return user;
}

const plain = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** The refusal of a route handler for a record or an area outside the user's reach. */
export const notFoundResponse = () => plain("记录不存在或无权访问", 404);

/** A GET route handler of `area`: 401 without a session, 404 for a role that does not see the area. */
export function areaRoute<Args extends unknown[]>(area: Area, handler: (user: SessionUser, ...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const user = await getSessionUser();
    if (!user) return plain("登录已失效，请重新登录", 401);
    if (user.mustChangePassword) return plain(MUST_CHANGE_PASSWORD, 403);
    if (!canSee(user.role, area)) return notFoundResponse();
    return handler(user, ...args);
  };
}
