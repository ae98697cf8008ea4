import "server-only";

import { env } from "@/server/env";
import { httpError } from "@/server/http/response";

/**
 * CSRF defence for every mutating route handler (POST/PUT/PATCH/DELETE under app/api, next-auth's own
 * excepted): the browser must say the request comes from the portal itself — `Sec-Fetch-Site:
 * same-origin`, or an `Origin` whose host is the request's own host (Host header) or the configured
 * NEXTAUTH_URL. A request with neither header, an `Origin: null` or another site's origin is refused,
 * so a page elsewhere cannot post with the user's cookie. (Server actions get the same check from Next.)
 */
export function isSameOrigin(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    host = url.host;
  } catch {
    return false;
  }
  const own = [request.headers.get("host") ?? new URL(request.url).host];
  const configured = env().NEXTAUTH_URL;
  if (configured) own.push(new URL(configured).host);
  return own.some((h) => h.toLowerCase() === host.toLowerCase());
}

export const CROSS_ORIGIN_MESSAGE = "请求来源无效，请在本平台页面内操作";

/** The 403 for a request that is not same-origin, or null to go on. */
export function refuseCrossOrigin(request: Request): Response | null {
  return isSameOrigin(request) ? null : httpError(403, CROSS_ORIGIN_MESSAGE);
}
