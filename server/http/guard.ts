import "server-only";

import { type Area, canSee } from "@/lib/areas";
import { apiContentSecurityPolicy } from "@/lib/security-headers";
import { lacksCampaign } from "@/server/campaigns/lacks-campaign";
import { MUST_CHANGE_PASSWORD } from "@/server/errors";
import { type Format, httpError, NOT_FOUND_MESSAGE, SESSION_EXPIRED_MESSAGE } from "@/server/http/response";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/server/http/same-origin";
import { getSessionUser, type SessionUser } from "@/server/session";

// The one opening of every route handler under app/api that is not public (server/http/public-routes.ts):
// same origin for a mutation → a session (signed in, account still active, session not signed out:
// getSessionUser) → a reset password changed → the area of lib/areas.ts. What follows is the handler's:
// parse → authorise from the resource (the scope layer; out of scope = not found) → transaction →
// audit → revalidate.

type Options = {
  /** The area the role must see (else not found). Without it, the handler authorises from the resource. */
  area?: Area;
  /** How refusals are written; JSON unless the route serves files or downloads. */
  format?: Format;
};

/** `rest`: Next's second argument (`{ params }`) for a route that reads it. */
type Handler<Rest extends unknown[]> = (user: SessionUser, request: Request, ...rest: Rest) => Promise<Response>;

const GUARDED = new WeakSet<object>();

/** Whether `handler` was made by `guard` (for the test that every route handler is guarded or public). */
export function isGuarded(handler: unknown): boolean {
  return typeof handler === "function" && GUARDED.has(handler);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wraps a route handler in the common opening checks; the handler gets the user. Every response
 * leaves with the API's Content-Security-Policy unless the handler set its own (a stored file's).
 */
export function guard<Rest extends unknown[] = []>(
  options: Options,
  handler: Handler<Rest>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  const format = options.format ?? "json";
  const guarded = async (request: Request, ...rest: Rest): Promise<Response> => {
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request))
      return withPolicy(httpError(403, CROSS_ORIGIN_MESSAGE, format));
    const user = await getSessionUser();
    if (!user) return withPolicy(httpError(401, SESSION_EXPIRED_MESSAGE, format));
    if (user.mustChangePassword) return withPolicy(httpError(403, MUST_CHANGE_PASSWORD, format));
    if (options.area && !canSee(user.role, options.area)) return withPolicy(httpError(404, NOT_FOUND_MESSAGE, format));
    // A district without a campaign year yet (docs/domain.md §市级): nothing of a year to serve.
    if (options.area && (await lacksCampaign(user, options.area)))
      return withPolicy(httpError(404, NOT_FOUND_MESSAGE, format));
    return withPolicy(await handler(user, request, ...rest));
  };
  GUARDED.add(guarded);
  return guarded;
}

/**
 * next.config.ts gives the API's policy to every /api path but those serving stored files (its header
 * would replace theirs), so a response of theirs without one of its own gets it here.
 */
function withPolicy(response: Response): Response {
  if (response.headers.has("Content-Security-Policy")) return response;
  try {
    response.headers.set("Content-Security-Policy", apiContentSecurityPolicy);
    return response;
  } catch {
    // Immutable headers (Response.redirect): copy.
    const copy = new Response(response.body, response);
    copy.headers.set("Content-Security-Policy", apiContentSecurityPolicy);
    return copy;
  }
}
